package com.acme.benefits.portal.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpSession;

import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.util.StringUtil;

/**
 * The container's request plus the portal user and lenient parameter
 * parsing (a missing or garbled number gives the default).
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 */
public class PortalRequest extends HttpServletRequestWrapper {

    public static final String USER_KEY = "portal.user";

    public PortalRequest(HttpServletRequest request) {
        super(request);
    }

    /** The signed-on user, or PortalUser.ANONYMOUS. */
    public PortalUser getUser() {
        HttpSession session = getSession(false);
        Object user = session == null ? null : session.getAttribute(USER_KEY);
        return user instanceof PortalUser ? (PortalUser) user : PortalUser.ANONYMOUS;
    }

    public String getTrimmed(String name) {
        return StringUtil.trimToNull(getParameter(name));
    }

    public long getLong(String name, long defaultValue) {
        String value = getTrimmed(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    public int getInt(String name, int defaultValue) {
        return (int) getLong(name, defaultValue);
    }
}
