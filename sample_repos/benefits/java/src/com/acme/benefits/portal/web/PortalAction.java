package com.acme.benefits.portal.web;

import java.io.IOException;
import java.text.ParseException;
import java.util.Date;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletResponse;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.exception.RecordNotFoundException;
import com.acme.benefits.portal.dao.OfficeDao;
import com.acme.benefits.portal.dao.PortalClaimDao;
import com.acme.benefits.portal.model.PortalClaim;
import com.acme.benefits.portal.util.PortalLog;
import com.acme.benefits.service.AuditService;
import com.acme.benefits.service.ServiceLocator;
import com.acme.benefits.util.DateUtil;

/**
 * Base of the portal actions. execute() fills the context and returns the
 * name of the template to show, or null when it has already redirected or
 * forwarded. A new instance is made for every request.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 */
public abstract class PortalAction {

    protected static final String LOGIN_PAGE = "/benefits/portal/login";

    protected final PortalLog log = PortalLog.getLog(getClass());
    protected final ServiceLocator services = ServiceLocator.getInstance();
    protected final AuditService auditService = services.getAuditService();
    protected final PortalClaimDao claimDao = new PortalClaimDao();
    protected final OfficeDao officeDao = new OfficeDao();

    public abstract String execute(PortalRequest request, HttpServletResponse response, Context context)
            throws BenefitsException, ServletException, IOException;

    protected PortalClaim loadClaim(PortalRequest request) throws BenefitsException {
        long claimId = request.getLong("claimId", 0L);
        PortalClaim claim = claimDao.findById(claimId);
        if (claim == null) {
            throw new RecordNotFoundException("CLAIM", claimId);
        }
        return claim;
    }

    protected Date getDate(PortalRequest request, String name, Date defaultValue) {
        String value = request.getTrimmed(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return DateUtil.parse(value);
        } catch (ParseException e) {
            return defaultValue;
        }
    }
}
