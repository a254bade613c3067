package com.acme.benefits.portal.actions;

import java.io.IOException;

import javax.servlet.http.HttpServletResponse;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.portal.i18n.Messages;
import com.acme.benefits.portal.model.Office;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.portal.web.Context;
import com.acme.benefits.portal.web.PortalAction;
import com.acme.benefits.portal.web.PortalRequest;

/**
 * Administrator page: freeze an office's claims while they are migrated to
 * the new case management system, and open them again afterwards.
 *
 *   POST /benefits/portal/admin/office officeCode, action=freeze|open
 *
 * Change history:
 *   2008-03-10 MP  Created (CR-2990).
 */
public class OfficeStatusAction extends PortalAction {

    public String execute(PortalRequest request, HttpServletResponse response, Context context)
            throws BenefitsException, IOException {
        PortalUser user = request.getUser();
        if (!user.isAdmin()) {
            context.put("error", Messages.getMessage("office.admin.only"));
            return "error";
        }
        String officeCode = request.getTrimmed("officeCode");
        String status = "freeze".equals(request.getParameter("action")) ? Office.STATUS_MIGRATING : Office.STATUS_OPEN;
        officeDao.updateStatus(officeCode, status);
        auditService.audit(user.getUsername(), "OFFICE_STATUS", "OFFICE", 0L, officeCode + "=" + status);
        context.put("office", officeDao.findByCode(officeCode));
        return "office_updated";
    }
}
