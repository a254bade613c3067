package com.acme.benefits.portal.actions;

import java.io.IOException;
import java.util.List;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletResponse;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.model.Payment;
import com.acme.benefits.portal.i18n.I18n;
import com.acme.benefits.portal.i18n.Messages;
import com.acme.benefits.portal.model.PortalClaim;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.portal.security.PortalPermissions;
import com.acme.benefits.portal.web.Context;
import com.acme.benefits.portal.web.PortalAction;
import com.acme.benefits.portal.web.PortalRequest;
import com.acme.benefits.service.PaymentService;

/**
 * Claimant page: statement of the payments made on a claim (used as proof
 * of income for housing and council tax).
 *
 *   GET /benefits/portal/claim/statement?claimId=123
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2006-05-08 KT  PIR-0361 visitors sent to the sign-on page.
 */
public class RequestStatementAction extends PortalAction {

    private static final String LOGIN_JSP = "/WEB-INF/jsp/login.jsp";

    public String execute(PortalRequest request, HttpServletResponse response, Context context)
            throws BenefitsException, ServletException, IOException {
        PortalUser user = request.getUser();
        if (user.isAnonymous()) {
            request.setAttribute("error", I18n.getMessage("statement.login.required"));
            request.getRequestDispatcher(LOGIN_JSP).forward(request, response);
            return null;
        }
        PortalClaim claim = loadClaim(request);
        if (!PortalPermissions.canSubmitFor(claim, user)) {
            context.put("error", Messages.getMessage("statement.notYourClaim"));
            return "error";
        }
        PaymentService paymentService = services.getPaymentService();
        List<Payment> payments = paymentService.getPaymentHistory(claim.getClaimId());
        context.put("claim", claim);
        context.put("payments", payments);
        context.put("totalPaid", paymentService.totalPaid(payments));
        auditService.audit(user.getUsername(), "STATEMENT", "CLAIM", claim.getClaimId());
        return "statement";
    }
}
