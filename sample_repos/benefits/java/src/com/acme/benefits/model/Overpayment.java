package com.acme.benefits.model;

import java.io.Serializable;
import java.util.Date;

/**
 * Benefit paid that was not due (table OVERPAYMENT). Recovered by weekly
 * deductions from ongoing benefit unless caused by official error.
 *
 * Change history:
 *   2003-02-10 JB  Created (CR-1195).
 *   2006-05-30 KT  CR-2444 weekly recovery amount held on the row.
 */
public class Overpayment implements Serializable {

    public static final String REASON_OFFICIAL_ERROR = "OE";
    public static final String REASON_CLAIMANT_ERROR = "CE";
    public static final String REASON_FRAUD = "FR";

    public static final String STATUS_OPEN = "O";
    public static final String STATUS_RECOVERING = "R";
    public static final String STATUS_CLEARED = "C";
    public static final String STATUS_WRITTEN_OFF = "W";

    private long overpaymentId;
    private long claimId;
    private Money amount = Money.ZERO;
    private Money outstanding = Money.ZERO;
    private String reasonCode;
    private Date dateIdentified;
    private Date periodFrom;
    private Date periodTo;
    private String status = STATUS_OPEN;
    private Money weeklyRecovery = Money.ZERO;

    /** Official error overpayments are not recovered (claimant could not have known). */
    public boolean isRecoverable() {
        return !REASON_OFFICIAL_ERROR.equals(reasonCode) && !isClosed();
    }

    public boolean isClosed() {
        return STATUS_CLEARED.equals(status) || STATUS_WRITTEN_OFF.equals(status);
    }

    public long getOverpaymentId() {
        return overpaymentId;
    }

    public void setOverpaymentId(long overpaymentId) {
        this.overpaymentId = overpaymentId;
    }

    public long getClaimId() {
        return claimId;
    }

    public void setClaimId(long claimId) {
        this.claimId = claimId;
    }

    public Money getAmount() {
        return amount;
    }

    public void setAmount(Money amount) {
        this.amount = amount;
    }

    public Money getOutstanding() {
        return outstanding;
    }

    public void setOutstanding(Money outstanding) {
        this.outstanding = outstanding;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public void setReasonCode(String reasonCode) {
        this.reasonCode = reasonCode;
    }

    public Date getDateIdentified() {
        return dateIdentified;
    }

    public void setDateIdentified(Date dateIdentified) {
        this.dateIdentified = dateIdentified;
    }

    public Date getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(Date periodFrom) {
        this.periodFrom = periodFrom;
    }

    public Date getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(Date periodTo) {
        this.periodTo = periodTo;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Money getWeeklyRecovery() {
        return weeklyRecovery;
    }

    public void setWeeklyRecovery(Money weeklyRecovery) {
        this.weeklyRecovery = weeklyRecovery;
    }
}
