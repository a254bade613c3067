package com.acme.benefits.portal.web;

import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.acme.benefits.portal.i18n.Messages;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.web.BaseServlet;

/**
 * "Tell us what you think" form at the foot of every portal page. The
 * comments go to the audit trail, where the customer service team's weekly
 * report reads them.
 *
 *   POST /benefits/portal/feedback comments
 *
 * Change history:
 *   2006-08-14 KT  Created (CR-2555).
 *   2007-03-19 MP  PIR-0502 signed-on users only (spam).
 */
public class FeedbackServlet extends BaseServlet {

    private static final String THANKS_PAGE = "/benefits/portal/feedback/thanks";

    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        PortalUser user = new PortalRequest(request).getUser();
        if (user.isAnonymous()) {
            request.setAttribute("error", Messages.getMessage("feedback.login.required"));
            response.sendRedirect("/benefits/portal/login?next=/benefits/portal/feedback");
            return;
        }
        String comments = getParameter(request, "comments", "");
        auditService.audit(user.getUsername(), "FEEDBACK", "PORTAL", user.getId(), comments);
        response.sendRedirect(THANKS_PAGE);
    }
}
