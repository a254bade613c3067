package com.acme.benefits.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Date;
import java.util.Iterator;
import java.util.List;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.model.*;
import com.acme.benefits.rules.RuleResult;
import com.acme.benefits.service.AssessmentService;
import com.acme.benefits.service.AuditService;
import com.acme.benefits.service.ClaimService;
import com.acme.benefits.util.DateUtil;
import com.acme.benefits.util.MoneyUtil;
import com.acme.benefits.util.NinoValidator;
import com.acme.benefits.util.StringUtil;

/**
 * Claim screen: view a claim, register a new claim, assess it, change status.
 *
 *   GET  /claim?claimId=123
 *   POST /claim action=create|assess|status
 *
 * Change history:
 *   2001-06-25 RK  Created.
 *   2003-09-01 JB  CR-1399 refusal reason shown.
 *   2005-09-12 TW  CR-2150 status change action.
 */
public class ClaimServlet extends SecureServlet {

    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            long claimId = getLongParameter(request, "claimId");
            Claim claim = services.getClaimService().getClaim(claimId);
            auditService.audit(getCurrentUser(request), AuditService.ACTION_VIEW, "CLAIM", claimId);
            response.setContentType("text/html");
            PrintWriter out = response.getWriter();
            startPage(out, "Claim " + claimId);
            out.println("<table class=\"claim\">");
            out.println(row("Claimant", claim.getClaimant().getFullName()));
            out.println(row("NINO", NinoValidator.format(claim.getClaimant().getNino())));
            out.println(row("Address", claim.getClaimant().getAddress().toSingleLine()));
            out.println(row("Postcode", claim.getClaimant().getAddress().getPostcode()));
            out.println(row("Benefit", claim.getBenefitType().getDescription()));
            out.println(row("Status", claim.getStatus().getDescription()));
            out.println(row("Received", DateUtil.format(claim.getDateReceived())));
            out.println(row("Effective", DateUtil.format(claim.getEffectiveDate())));
            out.println(row("Weekly amount", MoneyUtil.format(claim.getWeeklyAmount())));
            if (claim.getStatus() == ClaimStatus.REFUSED) {
                out.println(row("Refusal reason", claim.getRefusalReason()));
            }
            if (claim.getClaimant().hasPartner()) {
                out.println(row("Partner", claim.getClaimant().getPartner().getFullName()));
            }
            out.println("</table>");
            writePayments(out, claimId);
            endPage(out);
        } catch (BenefitsException e) {
            writeError(response, e);
        }
    }

    private void writePayments(PrintWriter out, long claimId) throws BenefitsException {
        List<Payment> payments = services.getPaymentService().getPaymentHistory(claimId);
        out.println("<h2>Payments</h2><table class=\"payments\">");
        for (Payment p : payments) {
            out.println("<tr><td>" + DateUtil.format(p.getPaymentDate()) + "</td><td>"
                    + MoneyUtil.format(p.getNetAmount()) + "</td><td>" + p.getMethod().getDescription()
                    + "</td><td>" + StringUtil.escapeHtml(p.getReference()) + "</td></tr>");
        }
        out.println("</table><p>Total paid: " + MoneyUtil.format(services.getPaymentService().totalPaid(payments)) + "</p>");
    }

    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String user = getCurrentUser(request);
        try {
            String action = getRequiredParameter(request, "action");
            if ("create".equals(action)) {
                Claim claim = createClaim(request, user);
                response.sendRedirect("/benefits/claim?claimId=" + claim.getClaimId());
            } else if ("assess".equals(action)) {
                long claimId = getLongParameter(request, "claimId");
                AssessmentService.AssessmentOutcome outcome = services.getAssessmentService().assess(claimId, user);
                writeOutcome(response, outcome);
            } else if ("status".equals(action)) {
                long claimId = getLongParameter(request, "claimId");
                ClaimStatus status = ClaimStatus.fromCode(getRequiredParameter(request, "status"));
                services.getClaimService().changeStatus(claimId, status, user);
                response.sendRedirect("/benefits/claim?claimId=" + claimId);
            } else {
                writeError(response, "Unknown action " + action);
            }
        } catch (BenefitsException e) {
            writeError(response, e);
        } catch (IllegalArgumentException e) {
            writeError(response, e.getMessage());
        }
    }

    private Claim createClaim(HttpServletRequest request, String user) throws BenefitsException {
        ClaimService claimService = services.getClaimService();
        long claimantId = getLongParameter(request, "claimantId");
        BenefitType type = BenefitType.fromCode(getRequiredParameter(request, "benefitType"));
        Date received = getDateParameter(request, "dateReceived");
        Date effective = getDateParameter(request, "effectiveDate");
        return claimService.createClaim(claimantId, type, received == null ? DateUtil.today() : received,
                effective, user);
    }

    private void writeOutcome(HttpServletResponse response, AssessmentService.AssessmentOutcome outcome)
            throws IOException {
        response.setContentType("text/html");
        PrintWriter out = response.getWriter();
        startPage(out, "Decision on claim " + outcome.getClaimId());
        out.println("<p>" + (outcome.isEligible()
                ? "Entitled: " + MoneyUtil.format(outcome.getWeeklyAmount()) + " a week"
                : "Not entitled: " + StringUtil.escapeHtml(outcome.getFirstFailureReason())) + "</p>");
        out.println("<ul>");
        for (Iterator it = outcome.getResults().iterator(); it.hasNext();) {
            RuleResult r = (RuleResult) it.next();
            out.println("<li>" + StringUtil.escapeHtml(r.toString()) + "</li>");
        }
        out.println("</ul>");
        if (outcome.getBreakdown() != null) {
            out.println("<pre>");
            for (String line : outcome.getBreakdown().getLines()) {
                out.println(StringUtil.escapeHtml(line));
            }
            out.println("</pre>");
        }
        endPage(out);
    }
}
