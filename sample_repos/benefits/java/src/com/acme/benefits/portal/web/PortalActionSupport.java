package com.acme.benefits.portal.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletResponse;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.portal.i18n.Messages;

/**
 * Base for the actions written in the WebWork/Struts manner: errors are
 * collected with addActionError() or in an ActionErrors object and shown by
 * the page as a list.
 *
 * Change history:
 *   2006-09-18 KT  Created (CR-2588 form handling tidied up).
 */
public abstract class PortalActionSupport extends PortalAction {

    private final List actionErrors = new ArrayList();

    public final String execute(PortalRequest request, HttpServletResponse response, Context context)
            throws BenefitsException, ServletException, IOException {
        String view = doExecute(request, response, context);
        if (hasActionErrors()) {
            context.put("actionErrors", getActionErrors());
        }
        return view;
    }

    protected abstract String doExecute(PortalRequest request, HttpServletResponse response, Context context)
            throws BenefitsException, ServletException, IOException;

    protected void addActionError(String message) {
        actionErrors.add(message);
    }

    public boolean hasActionErrors() {
        return !actionErrors.isEmpty();
    }

    public List getActionErrors() {
        return actionErrors;
    }

    /** Turns the keys in errors into texts and adds them to the page's errors. */
    protected void saveErrors(Context context, ActionErrors errors) {
        for (Iterator props = errors.properties(); props.hasNext();) {
            String property = (String) props.next();
            for (Iterator keys = errors.get(property).iterator(); keys.hasNext();) {
                addActionError(Messages.getMessage((String) keys.next()));
            }
        }
        context.put("errors", errors);
    }
}
