package com.acme.benefits.portal.actions;

import java.io.IOException;
import java.util.Date;

import javax.servlet.http.HttpServletResponse;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.model.Money;
import com.acme.benefits.portal.i18n.Messages;
import com.acme.benefits.portal.model.Office;
import com.acme.benefits.portal.model.PortalClaim;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.portal.security.PermissionControl;
import com.acme.benefits.portal.security.Permissions;
import com.acme.benefits.portal.web.Context;
import com.acme.benefits.portal.web.PortalAction;
import com.acme.benefits.portal.web.PortalRequest;
import com.acme.benefits.service.AuditService;
import com.acme.benefits.util.MoneyUtil;

/**
 * Caseworker page: amend the effective date or weekly amount of a claim.
 *
 *   GET  /benefits/portal/claim/amend?claimId=123   shows the form
 *   POST /benefits/portal/claim/amend claimId, effectiveDate, weeklyAmount, reason
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2007-11-05 MP  CR-2960 closed and archived claims: supervisors only.
 *   2008-03-10 MP  CR-2990 no changes while the office is being migrated.
 */
public class AmendClaimAction extends PortalAction {

    public String execute(PortalRequest request, HttpServletResponse response, Context context)
            throws BenefitsException, IOException {
        PortalUser user = request.getUser();
        PermissionControl permissions = new PermissionControl(user);
        PortalClaim claim = loadClaim(request);
        context.put("claim", claim);
        if (!(claim.getCaseworkerId() == user.getId() || permissions.canDo(Permissions.CLAIM_SUPERVISE))) {
            context.put("error", Messages.getMessage("claim.amend.notOwner"));
            return "cannot_amend";
        }
        if (claim.isClosedForChanges() && !request.isUserInRole("SUPERVISOR")) {
            context.put("error", Messages.getMessage("claim.amend.closed"));
            return "cannot_amend";
        }
        Office office = officeDao.findByCode(claim.getOfficeCode());
        if (office != null && office.isReadOnly()) {
            context.put("error", Messages.getMessage("office.readOnly"));
            return "readonly_office";
        }
        if ("GET".equals(request.getMethod())) {
            return "amend_claim";
        }
        Date effective = getDate(request, "effectiveDate", claim.getEffectiveDate());
        String amount = request.getTrimmed("weeklyAmount");
        Money weekly = amount == null ? claim.getWeeklyAmount() : MoneyUtil.parse(amount);
        claimDao.amend(claim.getClaimId(), effective, weekly, request.getTrimmed("reason"));
        auditService.audit(user.getUsername(), AuditService.ACTION_UPDATE, claim);
        if (log.isDebugEnabled()) {
            log.debug("claim " + claim.getClaimId() + " amended by " + user.getUsername());
        }
        response.sendRedirect("/benefits/portal/claim/view?claimId=" + claim.getClaimId());
        return null;
    }
}
