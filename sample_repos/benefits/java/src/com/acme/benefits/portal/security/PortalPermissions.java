package com.acme.benefits.portal.security;

import com.acme.benefits.portal.model.PortalClaim;
import com.acme.benefits.portal.model.PortalUser;

/**
 * Who may work on a claim through the portal. Shared by the actions so the
 * screens agree with each other.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2006-06-26 KT  Staff may act for claims held by their own office.
 */
public final class PortalPermissions {

    private PortalPermissions() {
    }

    /** The caseworker the claim is assigned to, or a supervisor. */
    public static boolean canAmend(PortalClaim claim, PortalUser user, PermissionControl permissions) {
        return claim.getCaseworkerId() == user.getId() || permissions.canDo(Permissions.CLAIM_SUPERVISE);
    }

    /** The claimant whose claim it is, or a member of staff of the office holding the claim. */
    public static boolean canSubmitFor(PortalClaim claim, PortalUser user) {
        if (PortalUser.ROLE_CLAIMANT.equals(user.getRole())) {
            return claim.getClaimantId() == user.getClaimantId();
        }
        return user.getOfficeCode() != null && user.getOfficeCode().equals(claim.getOfficeCode());
    }
}
