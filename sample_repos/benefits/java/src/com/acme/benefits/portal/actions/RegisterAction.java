package com.acme.benefits.portal.actions;

import java.io.IOException;

import javax.servlet.http.HttpServletResponse;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.exception.ValidationException;
import com.acme.benefits.portal.PortalException;
import com.acme.benefits.portal.config.ConfigKeys;
import com.acme.benefits.portal.config.PortalConfig;
import com.acme.benefits.portal.dao.PortalUserDao;
import com.acme.benefits.portal.i18n.Messages;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.portal.service.RegistrationService;
import com.acme.benefits.portal.web.ActionErrors;
import com.acme.benefits.portal.web.Context;
import com.acme.benefits.portal.web.PortalActionSupport;
import com.acme.benefits.portal.web.PortalRequest;
import com.acme.benefits.util.StringUtil;

/**
 * Public page: a claimant opens a portal account.
 *
 *   POST /benefits/portal/register username, email, nino
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2006-09-18 KT  CR-2588 ActionErrors, one message per field.
 *   2007-10-01 MP  PIR-0601 user name length limit configurable.
 */
public class RegisterAction extends PortalActionSupport {

    private final PortalUserDao userDao = new PortalUserDao();
    private final RegistrationService registrationService = new RegistrationService();

    protected String doExecute(PortalRequest request, HttpServletResponse response, Context context)
            throws BenefitsException, IOException {
        if ("GET".equals(request.getMethod())) {
            return "register";
        }
        String username = StringUtil.trimToEmpty(request.getParameter("username"));
        String email = StringUtil.trimToEmpty(request.getParameter("email")).toLowerCase();
        context.put("username", username);
        context.put("email", email);
        ActionErrors errors = new ActionErrors();
        if (username.length() > PortalConfig.getInt(ConfigKeys.USERNAME_MAX_LENGTH)) {
            errors.add("username", "register.username.tooLong");
        }
        if (userDao.findByUsername(username) != null) {
            errors.add("username", "register.username.taken");
        }
        if (userDao.findByEmail(email) != null) {
            errors.add("email", "register.email.registered");
        }
        if (!errors.isEmpty()) {
            saveErrors(context, errors);
            return "register";
        }
        PortalUser user;
        try {
            user = registrationService.register(username, email, request.getTrimmed("nino"));
        } catch (ValidationException e) {
            addActionError(Messages.getMessage("register.nino.invalid"));
            return "register";
        } catch (PortalException e) {
            addActionError(Messages.getMessage(e.getMessageKey()));
            return "register";
        }
        request.getSession(true).setAttribute(PortalRequest.USER_KEY, user);
        response.sendRedirect("/benefits/portal/home");
        return null;
    }
}
