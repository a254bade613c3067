package com.acme.benefits.portal.model;

import java.io.Serializable;
import java.util.Date;

/**
 * A discretionary award proposed by a caseworker and decided by a
 * supervisor (table DISCRETIONARY_AWARD). Its size is given in points.
 *
 * Change history:
 *   2007-05-14 MP  Created (CR-2850).
 */
public class DiscretionaryAward implements Serializable {

    public static final String PROPOSED = "P";
    public static final String APPROVED = "A";
    public static final String REJECTED = "R";

    private long awardId;
    private long claimId;
    private int points;
    private String reason;
    private long proposedBy;
    private long decidedBy;
    private String status = PROPOSED;
    private Date proposedDate;

    public boolean isPending() {
        return PROPOSED.equals(status);
    }

    public long getAwardId() {
        return awardId;
    }

    public void setAwardId(long awardId) {
        this.awardId = awardId;
    }

    public long getClaimId() {
        return claimId;
    }

    public void setClaimId(long claimId) {
        this.claimId = claimId;
    }

    public int getPoints() {
        return points;
    }

    public void setPoints(int points) {
        this.points = points;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getProposedBy() {
        return proposedBy;
    }

    public void setProposedBy(long proposedBy) {
        this.proposedBy = proposedBy;
    }

    public long getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(long decidedBy) {
        this.decidedBy = decidedBy;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Date getProposedDate() {
        return proposedDate;
    }

    public void setProposedDate(Date proposedDate) {
        this.proposedDate = proposedDate;
    }
}
