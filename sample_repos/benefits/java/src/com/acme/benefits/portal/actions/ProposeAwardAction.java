package com.acme.benefits.portal.actions;

import java.io.IOException;

import javax.servlet.http.HttpServletResponse;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.portal.PortalException;
import com.acme.benefits.portal.config.ConfigKeys;
import com.acme.benefits.portal.config.PortalConfig;
import com.acme.benefits.portal.i18n.Messages;
import com.acme.benefits.portal.model.PortalClaim;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.portal.security.PermissionControl;
import com.acme.benefits.portal.security.PortalPermissions;
import com.acme.benefits.portal.service.AwardService;
import com.acme.benefits.portal.web.Context;
import com.acme.benefits.portal.web.PortalAction;
import com.acme.benefits.portal.web.PortalRequest;

/**
 * Caseworker page: propose a discretionary award on a claim. A supervisor
 * decides it (ApproveAwardAction).
 *
 *   POST /benefits/portal/award/propose claimId, points, reason
 *
 * Change history:
 *   2007-05-14 MP  Created (CR-2850).
 */
public class ProposeAwardAction extends PortalAction {

    private final AwardService awardService = new AwardService();

    public String execute(PortalRequest request, HttpServletResponse response, Context context)
            throws BenefitsException, IOException {
        PortalUser user = request.getUser();
        PermissionControl permissions = new PermissionControl(user);
        PortalClaim claim = loadClaim(request);
        context.put("claim", claim);
        if (!PortalPermissions.canAmend(claim, user, permissions)) {
            context.put("error", Messages.getMessage("award.propose.notOwner"));
            return "cannot_amend";
        }
        int points = request.getInt("points", 0);
        int minPoints = PortalConfig.getInt(ConfigKeys.AWARD_POINTS_MIN);
        int maxPoints = PortalConfig.getInt(ConfigKeys.AWARD_POINTS_MAX);
        if (points < minPoints || points > maxPoints) {
            context.put("error", Messages.getMessage("award.points.outOfRange"));
            return "propose_award";
        }
        try {
            awardService.propose(claim, user, points, request.getTrimmed("reason"));
        } catch (PortalException e) {
            context.put("error", Messages.getMessage(e.getMessageKey()));
            return "propose_award";
        }
        response.sendRedirect("/benefits/portal/claim/view?claimId=" + claim.getClaimId());
        return null;
    }
}
