package com.acme.benefits.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import com.acme.benefits.dao.ClaimDao;
import com.acme.benefits.dao.DaoFactory;
import com.acme.benefits.dao.PaymentDao;
import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.exception.RecordNotFoundException;
import com.acme.benefits.exception.ValidationException;
import com.acme.benefits.model.*;
import com.acme.benefits.rules.AmountCalculator;
import com.acme.benefits.service.routing.PaymentRouter;
import com.acme.benefits.service.routing.PaymentRouterFactory;
import com.acme.benefits.util.BenefitsConstants;
import com.acme.benefits.util.DateUtil;

/**
 * Builds, routes and records payments.
 *
 * Change history:
 *   2001-06-11 RK  Created.
 *   2004-06-09 TW  CR-1655 payment routing by method.
 *   2006-05-30 KT  CR-2444 overpayment recovery deducted at issue.
 *   2009-05-05 AS  CR-3120 first payment pro rata.
 *   2012-02-06 AS  CR-3390 history sorted with a lambda (Java 8 upgrade).
 */
public class PaymentService implements BenefitsConstants {

    private static final PaymentRouterFactory ROUTERS = PaymentRouterFactory.getInstance();

    private final PaymentDao paymentDao;
    private final ClaimDao claimDao;
    private final OverpaymentService overpaymentService;
    private final AuditService auditService;

    public PaymentService(OverpaymentService overpaymentService, AuditService auditService) {
        this.paymentDao = DaoFactory.getInstance().getPaymentDao();
        this.claimDao = DaoFactory.getInstance().getClaimDao();
        this.overpaymentService = overpaymentService;
        this.auditService = auditService;
    }

    /** One week in arrears from the day after the last paid date. Nothing is written. */
    public Payment buildPayment(Claim claim, Date dueDate) {
        Date periodFrom = claim.getLastPaidDate() == null
                ? claim.getEffectiveDate()
                : DateUtil.addDays(claim.getLastPaidDate(), 1);
        Date periodTo = DateUtil.addDays(periodFrom, 6);
        Money amount = claim.getWeeklyAmount();
        if (claim.getLastPaidDate() == null && DateUtil.isBefore(dueDate, periodTo)) {
            // first payment for a part week
            periodTo = DateUtil.addDays(dueDate, -1);
            amount = new AmountCalculator(Collections.<String, BenefitRate>emptyMap()).proRataFirstPayment(claim, periodTo);
        }
        Claimant claimant = claim.getClaimant();
        PaymentMethod method = claimant.getPreferredPaymentMethod() != null
                ? claimant.getPreferredPaymentMethod()
                : PaymentMethod.CHEQUE;
        return new Payment()
                .withClaimId(claim.getClaimId())
                .withAmount(amount)
                .withPaymentDate(dueDate)
                .withPeriod(periodFrom, periodTo)
                .withMethod(method)
                .withBankDetails(claimant.getSortCode(), claimant.getAccountNumber());
    }

    public Payment issuePayment(Claim claim, Date dueDate, String user) throws BenefitsException {
        if (!claim.getStatus().isLive() || claim.getStatus() == ClaimStatus.SUSPENDED) {
            throw new BenefitsException("Claim " + claim.getClaimId() + " is not in payment", "ERR-NOTLIVE");
        }
        Payment payment = buildPayment(claim, dueDate);
        if (payment.getAmount().getPence() < MINIMUM_PAYMENT_PENCE) {
            throw new ValidationException("amount", "Payment below the minimum amount is not issued");
        }
        payment.setRecoveryDeducted(overpaymentService.applyRecovery(claim, payment));
        PaymentRouter router = ROUTERS.routerFor(payment.getMethod());
        router.validate(payment);
        paymentDao.insert(payment);
        String reference = router.route(payment);
        payment.setReference(reference);
        payment.setStatus(Payment.STATUS_ISSUED);
        paymentDao.updateStatus(payment.getPaymentId(), Payment.STATUS_ISSUED, reference);
        claimDao.recordLastPaid(claim.getClaimId(), payment.getPeriodTo());
        auditService.audit(user, AuditService.ACTION_PAY, payment);
        return payment;
    }

    /** Bulk variant used by the payment run: one batch insert, then routing. */
    public List<Payment> issuePayments(List<Claim> claims, Date dueDate, String user) throws BenefitsException {
        List<Payment> payments = new ArrayList<Payment>();
        for (Claim claim : claims) {
            Payment p = buildPayment(claim, dueDate);
            p.setRecoveryDeducted(overpaymentService.applyRecovery(claim, p));
            p.setPaymentId(paymentDao.nextId("PAYMENT_SEQ"));
            payments.add(p);
        }
        paymentDao.insertBatch(payments);
        List<Long> issued = new ArrayList<Long>();
        for (Payment p : payments) {
            PaymentRouter router = ROUTERS.routerFor(p.getMethod());
            p.setReference(router.route(p));
            issued.add(Long.valueOf(p.getPaymentId()));
            auditService.audit(user, AuditService.ACTION_PAY, p);
        }
        paymentDao.markIssued(issued);
        return payments;
    }

    public List<Payment> getPaymentHistory(long claimId) throws BenefitsException {
        List<Payment> payments = paymentDao.findByClaim(claimId);
        Collections.sort(payments, (p1, p2) -> p2.getPaymentDate().compareTo(p1.getPaymentDate()));
        return payments;
    }

    public Money totalPaid(List<Payment> payments) {
        Money total = Money.ZERO;
        for (Payment p : payments) {
            if (!p.isCancelled()) {
                total = total.add(p.getNetAmount());
            }
        }
        return total;
    }

    /** Payment came back from the bank: cancel it and suspend the claim until details are checked. */
    public void recordReturnedPayment(long paymentId, String user) throws BenefitsException {
        Payment payment = paymentDao.findById(paymentId);
        if (payment == null) {
            throw new RecordNotFoundException("PAYMENT", paymentId);
        }
        paymentDao.updateStatus(paymentId, Payment.STATUS_RETURNED, null);
        claimDao.updateStatus(payment.getClaimId(), ClaimStatus.SUSPENDED, user);
        auditService.audit(user, "RETURNED", payment);
    }

    /** Reissue a returned payment by another method (usually cheque). */
    public Payment reissue(long paymentId, PaymentMethod method, String user) throws BenefitsException {
        Payment original = paymentDao.findById(paymentId);
        if (original == null) {
            throw new RecordNotFoundException("PAYMENT", paymentId);
        }
        if (!Payment.STATUS_RETURNED.equals(original.getStatus())) {
            throw new BenefitsException("Only returned payments can be reissued", "ERR-REISSUE");
        }
        Payment replacement = new Payment()
                .withClaimId(original.getClaimId())
                .withAmount(original.getAmount())
                .withPaymentDate(DateUtil.addWorkingDays(DateUtil.today(), method.getLeadDays()))
                .withPeriod(original.getPeriodFrom(), original.getPeriodTo())
                .withMethod(method)
                .withBankDetails(original.getSortCode(), original.getAccountNumber());
        replacement.setRecoveryDeducted(original.getRecoveryDeducted());
        paymentDao.insert(replacement);
        replacement.setReference(ROUTERS.routerFor(method).route(replacement));
        paymentDao.updateStatus(replacement.getPaymentId(), Payment.STATUS_ISSUED, replacement.getReference());
        paymentDao.updateStatus(paymentId, Payment.STATUS_CANCELLED, null);
        auditService.audit(user, "REISSUE", replacement);
        return replacement;
    }

    public String describeMethod(PaymentMethod method) {
        return ROUTERS.describe(method);
    }
}
