package com.acme.benefits.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.model.Address;
import com.acme.benefits.model.Claimant;
import com.acme.benefits.service.ClaimantService;
import com.acme.benefits.util.DateUtil;
import com.acme.benefits.util.NinoValidator;
import com.acme.benefits.util.StringUtil;

/**
 * Claimant search screen (surname / postcode / date of birth or NINO).
 * Open to every logged-in caseworker, so it extends BaseServlet and checks
 * the session itself.
 *
 * Change history:
 *   2003-01-27 JB  Created (CR-1188).
 *   2005-04-12 TW  CR-1930 output escaped.
 *   2007-06-18 MP  CR-2911 results sorted by surname then date of birth.
 */
public class ClaimantSearchServlet extends BaseServlet {

    private static final Address NO_ADDRESS = new Address();

    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        final String user = getCurrentUser(request);
        if (user == null) {
            response.sendRedirect("/benefits/login?next=/benefits/search");
            return;
        }
        response.setContentType("text/html");
        final PrintWriter out = response.getWriter();
        startPage(out, "Find a claimant");
        try {
            List results = runSearch(request);
            Collections.sort(results, new Comparator() {
                public int compare(Object a, Object b) {
                    Claimant c1 = (Claimant) a;
                    Claimant c2 = (Claimant) b;
                    int bySurname = StringUtil.trimToEmpty(c1.getSurname())
                            .compareToIgnoreCase(StringUtil.trimToEmpty(c2.getSurname()));
                    if (bySurname != 0) {
                        return bySurname;
                    }
                    return c1.getDateOfBirth().compareTo(c2.getDateOfBirth());
                }
            });

            class ResultRenderer {
                private int rendered;

                void render(Claimant c) {
                    rendered++;
                    out.println("<tr><td><a href=\"/benefits/claimant?claimantId=" + c.getClaimantId() + "\">"
                            + StringUtil.escapeHtml(c.getFullName()) + "</a></td><td>"
                            + NinoValidator.mask(c.getNino()) + "</td><td>"
                            + DateUtil.format(c.getDateOfBirth()) + "</td><td>"
                            + StringUtil.escapeHtml((c.getAddress() != null ? c.getAddress() : NO_ADDRESS).getPostcode())
                            + "</td></tr>");
                }

                int getRendered() {
                    return rendered;
                }
            }

            ResultRenderer renderer = new ResultRenderer();
            out.println("<table class=\"results\">");
            for (int i = 0; i < results.size(); i++) {
                renderer.render((Claimant) results.get(i));
            }
            out.println("</table><p>" + renderer.getRendered() + " claimant(s) found</p>");
            auditService.audit(user, "SEARCH", "CLAIMANT", 0L, describeCriteria(request));
        } catch (BenefitsException e) {
            out.println("<p class=\"error\">" + StringUtil.escapeHtml(e.getMessage()) + "</p>");
        }
        endPage(out);
    }

    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        doGet(request, response);
    }

    private List runSearch(HttpServletRequest request) throws BenefitsException {
        ClaimantService claimantService = services.getClaimantService();
        String nino = getParameter(request, "nino");
        if (nino != null) {
            Claimant c = claimantService.findByNino(nino);
            return c == null ? new java.util.ArrayList() : new java.util.ArrayList(Collections.singletonList(c));
        }
        Date dob = getDateParameter(request, "dateOfBirth");
        return claimantService.search(getParameter(request, "surname"), getParameter(request, "postcode"), dob);
    }

    private String describeCriteria(HttpServletRequest request) {
        return "surname=" + getParameter(request, "surname", "") + " postcode="
                + getParameter(request, "postcode", "") + " nino="
                + NinoValidator.mask(getParameter(request, "nino", ""));
    }
}
