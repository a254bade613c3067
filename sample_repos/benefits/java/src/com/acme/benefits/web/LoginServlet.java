package com.acme.benefits.web;

import java.io.IOException;
import java.io.PrintWriter;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Accepts the user id asserted by the WebSEAL junction (iv-user header is
 * copied into the remote user) and opens a session.
 */
public class LoginServlet extends BaseServlet {

    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String user = request.getRemoteUser();
        if (user == null) {
            response.setContentType("text/html");
            PrintWriter out = response.getWriter();
            startPage(out, "Not signed on");
            out.println("<p>Your desktop sign-on was not recognised. Contact the service desk.</p>");
            endPage(out);
            return;
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(USER_KEY, user.toUpperCase());
        session.setAttribute(ROLE_KEY, user.toUpperCase().startsWith("PAY") ? "PAYMENTS" : "CASEWORKER");
        auditService.audit(user.toUpperCase(), "LOGIN", "SESSION", 0L, request.getRemoteAddr());
        response.sendRedirect(getParameter(request, "next", "/benefits/search"));
    }

    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            auditService.audit(getCurrentUser(request), "LOGOUT", "SESSION", 0L);
            session.invalidate();
        }
        response.sendRedirect("/benefits/login");
    }
}
