package com.acme.benefits.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.text.ParseException;
import java.util.Date;

import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.exception.RecordNotFoundException;
import com.acme.benefits.exception.ValidationException;
import com.acme.benefits.service.AuditService;
import com.acme.benefits.service.ServiceLocator;
import com.acme.benefits.util.DateUtil;
import com.acme.benefits.util.StringUtil;

/**
 * Shared plumbing for the benefits screens: parameter parsing, page frame
 * and error reporting. The pages are written directly from the servlets
 * (the JSP migration, CR-2100, was never finished).
 *
 * Change history:
 *   2001-06-25 RK  Created.
 *   2004-02-17 JB  CR-1590 writeError(BenefitsException) maps error codes.
 *   2005-04-12 TW  CR-1930 all output HTML-escaped.
 */
public abstract class BaseServlet extends HttpServlet {

    protected static final String USER_KEY = "benefits.user";
    protected static final String ROLE_KEY = "benefits.role";

    protected ServiceLocator services;
    protected AuditService auditService;

    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        services = ServiceLocator.getInstance();
        auditService = services.getAuditService();
        log("initialised " + getServletName());
    }

    protected String getParameter(HttpServletRequest request, String name) {
        return StringUtil.trimToNull(request.getParameter(name));
    }

    protected String getParameter(HttpServletRequest request, String name, String defaultValue) {
        return StringUtil.nvl(getParameter(request, name), defaultValue);
    }

    protected String getRequiredParameter(HttpServletRequest request, String name) throws ValidationException {
        String value = getParameter(request, name);
        if (value == null) {
            throw new ValidationException(name, "is required");
        }
        return value;
    }

    protected long getLongParameter(HttpServletRequest request, String name) throws ValidationException {
        String value = getRequiredParameter(request, name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ValidationException(name, "must be a number");
        }
    }

    protected Date getDateParameter(HttpServletRequest request, String name) throws ValidationException {
        String value = getParameter(request, name);
        if (value == null) {
            return null;
        }
        try {
            return DateUtil.parse(value);
        } catch (ParseException e) {
            throw new ValidationException(name, "must be a date in the form dd/mm/yyyy");
        }
    }

    protected String getCurrentUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(USER_KEY);
    }

    protected void startPage(PrintWriter out, String title) {
        out.println("<html><head><title>" + StringUtil.escapeHtml(title) + "</title>");
        out.println("<link rel=\"stylesheet\" href=\"/benefits/css/benefits.css\"></head><body>");
        out.println("<h1>" + StringUtil.escapeHtml(title) + "</h1>");
    }

    protected void endPage(PrintWriter out) {
        out.println("<hr><p class=\"footer\">Benefits Case Management - " + DateUtil.format(new Date()) + "</p>");
        out.println("</body></html>");
    }

    protected String row(String label, Object value) {
        return "<tr><th>" + StringUtil.escapeHtml(label) + "</th><td>"
                + StringUtil.escapeHtml(value == null ? "" : value.toString()) + "</td></tr>";
    }

    protected void writeError(HttpServletResponse response, String message) throws IOException {
        response.setContentType("text/html");
        PrintWriter out = response.getWriter();
        startPage(out, "Error");
        out.println("<p class=\"error\">" + StringUtil.escapeHtml(message) + "</p>");
        endPage(out);
    }

    protected void writeError(HttpServletResponse response, BenefitsException e) throws IOException {
        if (e instanceof RecordNotFoundException) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (e instanceof ValidationException) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
        writeError(response, e.getMessage() + " (" + e.getErrorCode() + ")");
    }
}
