package com.acme.benefits.portal.actions;

import java.io.IOException;

import javax.servlet.http.HttpServletResponse;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.exception.RecordNotFoundException;
import com.acme.benefits.portal.dao.AwardDao;
import com.acme.benefits.portal.i18n.Messages;
import com.acme.benefits.portal.model.DiscretionaryAward;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.portal.security.PermissionControl;
import com.acme.benefits.portal.security.Permissions;
import com.acme.benefits.portal.service.AwardService;
import com.acme.benefits.portal.web.Context;
import com.acme.benefits.portal.web.PortalActionSupport;
import com.acme.benefits.portal.web.PortalRequest;

/**
 * Supervisor page: approve or reject a proposed discretionary award.
 *
 *   POST /benefits/portal/award/decide awardId, decision=approve|reject
 *
 * Change history:
 *   2007-05-14 MP  Created (CR-2850).
 *   2007-09-03 MP  Internal audit finding IA-07/12: four-eyes check.
 */
public class ApproveAwardAction extends PortalActionSupport {

    private final AwardDao awardDao = new AwardDao();
    private final AwardService awardService = new AwardService();

    protected String doExecute(PortalRequest request, HttpServletResponse response, Context context)
            throws BenefitsException, IOException {
        PortalUser user = request.getUser();
        PermissionControl permissions = new PermissionControl(user);
        if (!request.isUserInRole("SUPERVISOR") && !permissions.canDo(Permissions.AWARD_APPROVE)) {
            addActionError(Messages.getMessage("award.approve.supervisorOnly"));
            return "error";
        }
        long awardId = request.getLong("awardId", 0L);
        DiscretionaryAward award = awardDao.findById(awardId);
        if (award == null) {
            throw new RecordNotFoundException("DISCRETIONARY_AWARD", awardId);
        }
        context.put("award", award);
        if (award.getProposedBy() == user.getId()) {
            addActionError(Messages.getMessage("award.approve.ownProposal"));
            return "cannot_approve";
        }
        if ("reject".equals(request.getParameter("decision"))) {
            awardService.reject(award, user);
        } else {
            awardService.approve(award, user);
        }
        response.sendRedirect("/benefits/portal/claim/view?claimId=" + award.getClaimId());
        return null;
    }
}
