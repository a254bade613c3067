package com.acme.benefits.model;

import java.io.Serializable;
import java.util.Date;

/**
 * A claim for one benefit by one claimant (table CLAIM).
 *
 * Change history:
 *   2001-05-09 RK  Created.
 *   2003-09-01 JB  CR-1399 refusal reason stored for the decision letter.
 *   2006-01-23 KT  CR-2301 Builder added - the 9-argument constructor kept
 *                  getting its dates the wrong way round.
 */
public class Claim implements Serializable {

    private long claimId;
    private Claimant claimant;
    private BenefitType benefitType;
    private ClaimStatus status = ClaimStatus.RECEIVED;
    private Date dateReceived;
    private Date effectiveDate;
    private Money weeklyAmount = Money.ZERO;
    private String assessedBy;
    private Date assessedDate;
    private String refusalReason;
    private Date lastPaidDate;
    private Date lastUpdated;

    public Claim() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Old name kept for the 1.4 code paths and the JSPs. */
    public Money getAmount() {
        return weeklyAmount;
    }

    public boolean isLive() {
        return status != null && status.isLive();
    }

    public long getClaimId() {
        return claimId;
    }

    public void setClaimId(long claimId) {
        this.claimId = claimId;
    }

    public Claimant getClaimant() {
        return claimant;
    }

    public void setClaimant(Claimant claimant) {
        this.claimant = claimant;
    }

    public BenefitType getBenefitType() {
        return benefitType;
    }

    public void setBenefitType(BenefitType benefitType) {
        this.benefitType = benefitType;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public void setStatus(ClaimStatus status) {
        this.status = status;
    }

    public Date getDateReceived() {
        return dateReceived;
    }

    public void setDateReceived(Date dateReceived) {
        this.dateReceived = dateReceived;
    }

    public Date getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(Date effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public Money getWeeklyAmount() {
        return weeklyAmount;
    }

    public void setWeeklyAmount(Money weeklyAmount) {
        this.weeklyAmount = weeklyAmount;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public void setAssessedBy(String assessedBy) {
        this.assessedBy = assessedBy;
    }

    public Date getAssessedDate() {
        return assessedDate;
    }

    public void setAssessedDate(Date assessedDate) {
        this.assessedDate = assessedDate;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public void setRefusalReason(String refusalReason) {
        this.refusalReason = refusalReason;
    }

    public Date getLastPaidDate() {
        return lastPaidDate;
    }

    public void setLastPaidDate(Date lastPaidDate) {
        this.lastPaidDate = lastPaidDate;
    }

    public Date getLastUpdated() {
        return lastUpdated;
    }

    public void setLastUpdated(Date lastUpdated) {
        this.lastUpdated = lastUpdated;
    }

    public String toString() {
        return "Claim[" + claimId + " " + benefitType + " " + status + "]";
    }

    /**
     * Fluent builder: Claim.builder().claimant(c).benefitType(t).received(d).build()
     */
    public static class Builder {

        private final Claim claim = new Claim();

        public Builder claimId(long claimId) {
            claim.setClaimId(claimId);
            return this;
        }

        public Builder claimant(Claimant claimant) {
            claim.setClaimant(claimant);
            return this;
        }

        public Builder benefitType(BenefitType type) {
            claim.setBenefitType(type);
            return this;
        }

        public Builder status(ClaimStatus status) {
            claim.setStatus(status);
            return this;
        }

        public Builder received(Date date) {
            claim.setDateReceived(date);
            return this;
        }

        public Builder effective(Date date) {
            claim.setEffectiveDate(date);
            return this;
        }

        public Builder weeklyAmount(Money amount) {
            claim.setWeeklyAmount(amount);
            return this;
        }

        public Claim build() {
            if (claim.getClaimant() == null || claim.getBenefitType() == null) {
                throw new IllegalStateException("claimant and benefit type are required");
            }
            if (claim.getEffectiveDate() == null) {
                claim.setEffectiveDate(claim.getDateReceived());
            }
            return claim;
        }
    }
}
