package com.acme.benefits.portal.web;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.quillstone.text.Templates;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.exception.RecordNotFoundException;
import com.acme.benefits.portal.PortalException;
import com.acme.benefits.portal.actions.AddNoteAction;
import com.acme.benefits.portal.actions.AmendClaimAction;
import com.acme.benefits.portal.actions.ApproveAwardAction;
import com.acme.benefits.portal.actions.ClaimListAction;
import com.acme.benefits.portal.actions.OfficeStatusAction;
import com.acme.benefits.portal.actions.ProposeAwardAction;
import com.acme.benefits.portal.actions.RegisterAction;
import com.acme.benefits.portal.actions.ReportChangeAction;
import com.acme.benefits.portal.actions.RequestStatementAction;
import com.acme.benefits.portal.actions.UploadEvidenceAction;
import com.acme.benefits.portal.config.ConfigKeys;
import com.acme.benefits.portal.config.PortalConfig;
import com.acme.benefits.portal.i18n.I18n;
import com.acme.benefits.portal.i18n.Messages;
import com.acme.benefits.portal.util.PortalLog;
import com.acme.benefits.portal.view.TemplateCache;
import com.acme.benefits.web.BaseServlet;

/**
 * Front controller of the claimant and caseworker portal (mapped to
 * /benefits/portal/*). Picks the action for the path, runs it and renders
 * the template it names with the Quillstone template utility.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2006-10-09 KT  One action instance per request (PIR-0433: errors from
 *                  one claimant's form appeared on another's page).
 *   2008-01-28 MP  CR-2964 evidence upload page.
 */
public class PortalServlet extends BaseServlet {

    private static final PortalLog portalLog = PortalLog.getLog(PortalServlet.class);

    private static final String PREFIX = "/benefits/portal";

    private final Map actionClasses = new HashMap();
    private TemplateCache templates;

    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        actionClasses.put("/claims", ClaimListAction.class);
        actionClasses.put("/claim/amend", AmendClaimAction.class);
        actionClasses.put("/claim/note", AddNoteAction.class);
        actionClasses.put("/claim/report", ReportChangeAction.class);
        actionClasses.put("/claim/statement", RequestStatementAction.class);
        actionClasses.put("/claim/evidence", UploadEvidenceAction.class);
        actionClasses.put("/award/propose", ProposeAwardAction.class);
        actionClasses.put("/award/decide", ApproveAwardAction.class);
        actionClasses.put("/register", RegisterAction.class);
        actionClasses.put("/admin/office", OfficeStatusAction.class);
        templates = new TemplateCache(new File(PortalConfig.getString(ConfigKeys.TEMPLATE_ROOT)),
                PortalConfig.getInt(ConfigKeys.TEMPLATE_CACHE_ENTRIES),
                PortalConfig.getInt(ConfigKeys.TEMPLATE_CACHE_SECONDS));
    }

    protected void service(HttpServletRequest containerRequest, HttpServletResponse response)
            throws ServletException, IOException {
        PortalRequest request = new PortalRequest(containerRequest);
        String path = actionPath(request.getRequestURI());
        Class actionClass = (Class) actionClasses.get(path);
        if (actionClass == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No portal page " + path);
            return;
        }
        Context context = new Context();
        context.put("user", request.getUser());
        context.put("i18n", new I18n());
        String view;
        try {
            PortalAction action = (PortalAction) actionClass.newInstance();
            view = action.execute(request, response, context);
        } catch (RecordNotFoundException e) {
            context.put("error", Messages.getMessage("claim.notFound"));
            view = "error";
        } catch (PortalException e) {
            context.put("error", Messages.getMessage(e.getMessageKey()));
            view = "error";
        } catch (BenefitsException e) {
            portalLog.error("portal request " + path + " failed", e);
            context.put("error", Messages.getMessage("portal.error.system"));
            view = "error";
        } catch (InstantiationException e) {
            throw new ServletException("cannot create " + actionClass.getName(), e);
        } catch (IllegalAccessException e) {
            throw new ServletException("cannot create " + actionClass.getName(), e);
        }
        if (view == null) {
            return;
        }
        render(view, context, response);
    }

    private String actionPath(String uri) {
        if (uri == null) {
            return "";
        }
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        return path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
    }

    private void render(String view, Context context, HttpServletResponse response) throws IOException {
        String page = Templates.render(templates.getTemplate(view), context.asMap());
        response.setContentType("text/html; charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.print(page);
        out.flush();
    }
}
