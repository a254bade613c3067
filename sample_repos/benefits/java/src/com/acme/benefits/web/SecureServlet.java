package com.acme.benefits.web;

import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Screens that need a logged-in user. Unauthenticated requests go to the
 * login page; unauthorised ones are refused and audited.
 *
 * Change history:
 *   2002-08-05 JB  Created (security review finding SR-14).
 */
public abstract class SecureServlet extends BaseServlet {

    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String user = getCurrentUser(request);
        if (user == null) {
            response.sendRedirect("/benefits/login?next=" + request.getRequestURI());
            return;
        }
        if (!isAuthorised(user, request)) {
            auditService.audit(user, "DENIED", "URI", 0L, request.getRequestURI());
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "You are not authorised to use this screen");
            return;
        }
        request.setAttribute("benefits.currentUser", user);
        super.service(request, response);
    }

    protected boolean isAuthorised(String user, HttpServletRequest request) {
        return true;
    }

    protected String getRole(HttpServletRequest request) {
        return (String) request.getSession().getAttribute(ROLE_KEY);
    }
}
