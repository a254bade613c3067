package com.acme.benefits.model;

import java.io.Serializable;
import java.util.Date;

/**
 * A single payment of benefit (table PAYMENT).
 *
 * Change history:
 *   2001-06-11 RK  Created.
 *   2004-06-09 TW  CR-1655 bank details copied onto the payment at issue time.
 *   2006-05-30 KT  CR-2444 recovery deducted shown separately from gross amount.
 *   2006-05-30 KT  chainable with...() setters for the payment run.
 */
public class Payment implements Serializable {

    public static final String STATUS_PENDING = "P";
    public static final String STATUS_ISSUED = "I";
    public static final String STATUS_RETURNED = "R";
    public static final String STATUS_CANCELLED = "X";

    private long paymentId;
    private long claimId;
    private Money amount = Money.ZERO;
    private Money recoveryDeducted = Money.ZERO;
    private Date paymentDate;
    private Date periodFrom;
    private Date periodTo;
    private PaymentMethod method;
    private String status = STATUS_PENDING;
    private String reference;
    private String sortCode;
    private String accountNumber;

    public Payment withClaimId(long claimId) {
        this.claimId = claimId;
        return this;
    }

    public Payment withAmount(Money amount) {
        this.amount = amount;
        return this;
    }

    public Payment withPaymentDate(Date paymentDate) {
        this.paymentDate = paymentDate;
        return this;
    }

    public Payment withPeriod(Date from, Date to) {
        this.periodFrom = from;
        this.periodTo = to;
        return this;
    }

    public Payment withMethod(PaymentMethod method) {
        this.method = method;
        return this;
    }

    public Payment withBankDetails(String sortCode, String accountNumber) {
        this.sortCode = sortCode;
        this.accountNumber = accountNumber;
        return this;
    }

    /** What actually reaches the claimant after overpayment recovery. */
    public Money getNetAmount() {
        return amount.subtract(recoveryDeducted);
    }

    public boolean isBankPayment() {
        return method != null && method.requiresBankDetails();
    }

    public boolean isCancelled() {
        return STATUS_CANCELLED.equals(status);
    }

    public long getPaymentId() {
        return paymentId;
    }

    public void setPaymentId(long paymentId) {
        this.paymentId = paymentId;
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

    public Money getRecoveryDeducted() {
        return recoveryDeducted;
    }

    public void setRecoveryDeducted(Money recoveryDeducted) {
        this.recoveryDeducted = recoveryDeducted;
    }

    public Date getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(Date paymentDate) {
        this.paymentDate = paymentDate;
    }

    public Date getPeriodFrom() {
        return periodFrom;
    }

    public Date getPeriodTo() {
        return periodTo;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getSortCode() {
        return sortCode;
    }

    public String getAccountNumber() {
        return accountNumber;
    }
}
