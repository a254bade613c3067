package com.acme.benefits.portal.model;

import com.acme.benefits.model.Claim;
import com.acme.benefits.model.ClaimStatus;

/**
 * A claim as the portal sees it: the CLAIM row plus the portal columns kept
 * in CLAIM_PORTAL (assigned caseworker, holding office, archive flag).
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2007-11-05 MP  CR-2960 archived claims are read from CLAIM_HISTORY.
 */
public class PortalClaim extends Claim {

    private long caseworkerId;
    private String officeCode;
    private boolean archived;

    /** Closed, refused and archived claims take no more changes. */
    public boolean isClosedForChanges() {
        ClaimStatus status = getStatus();
        return archived || status == ClaimStatus.CLOSED || status == ClaimStatus.REFUSED;
    }

    public long getClaimantId() {
        return getClaimant() == null ? 0L : getClaimant().getClaimantId();
    }

    public long getCaseworkerId() {
        return caseworkerId;
    }

    public void setCaseworkerId(long caseworkerId) {
        this.caseworkerId = caseworkerId;
    }

    public String getOfficeCode() {
        return officeCode;
    }

    public void setOfficeCode(String officeCode) {
        this.officeCode = officeCode;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }
}
