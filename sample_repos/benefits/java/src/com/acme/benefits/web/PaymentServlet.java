package com.acme.benefits.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.model.Money;
import com.acme.benefits.model.Payment;
import com.acme.benefits.model.PaymentMethod;
import com.acme.benefits.service.PaymentService;
import com.acme.benefits.util.DateUtil;
import com.acme.benefits.util.MoneyUtil;
import com.acme.benefits.util.StringUtil;

/**
 * Payment screen: history of a claim, record a returned payment, reissue.
 * Restricted to the payments team.
 *
 * Change history:
 *   2001-07-09 RK  Created.
 *   2004-06-09 TW  CR-1655 reissue by a different method.
 */
public class PaymentServlet extends SecureServlet {

    private static final String PAYMENTS_ROLE = "PAYMENTS";

    protected boolean isAuthorised(String user, HttpServletRequest request) {
        return super.isAuthorised(user, request) && PAYMENTS_ROLE.equals(getRole(request));
    }

    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            long claimId = getLongParameter(request, "claimId");
            PaymentService paymentService = services.getPaymentService();
            List<Payment> history = paymentService.getPaymentHistory(claimId);
            Money outstanding = services.getOverpaymentService().totalOutstanding(claimId);
            response.setContentType("text/html");
            PrintWriter out = response.getWriter();
            startPage(out, "Payments for claim " + claimId);
            out.println("<table>");
            for (int i = 0; i < history.size(); i++) {
                Payment p = history.get(i);
                out.println("<tr><td>" + p.getPaymentId() + "</td><td>" + DateUtil.format(p.getPaymentDate())
                        + "</td><td>" + MoneyUtil.format(p.getAmount()) + "</td><td>"
                        + MoneyUtil.format(p.getRecoveryDeducted()) + "</td><td>" + p.getStatus() + "</td><td>"
                        + StringUtil.escapeHtml(paymentService.describeMethod(p.getMethod())) + "</td></tr>");
            }
            out.println("</table>");
            out.println("<p>Paid to date: " + MoneyUtil.format(paymentService.totalPaid(history)) + "</p>");
            out.println("<p>Overpayment outstanding: " + MoneyUtil.format(outstanding) + "</p>");
            endPage(out);
        } catch (BenefitsException e) {
            writeError(response, e);
        }
    }

    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String user = getCurrentUser(request);
        try {
            long paymentId = getLongParameter(request, "paymentId");
            String action = getRequiredParameter(request, "action");
            if ("returned".equals(action)) {
                services.getPaymentService().recordReturnedPayment(paymentId, user);
            } else if ("reissue".equals(action)) {
                PaymentMethod method = PaymentMethod.fromCode(getParameter(request, "method", "C"));
                Payment replacement = services.getPaymentService().reissue(paymentId, method, user);
                paymentId = replacement.getPaymentId();
            }
            response.sendRedirect("/benefits/payment?paymentId=" + paymentId);
        } catch (BenefitsException e) {
            writeError(response, e);
        }
    }
}
