package com.acme.benefits.service;

import java.util.Date;
import java.util.List;

import com.acme.benefits.dao.DaoFactory;
import com.acme.benefits.dao.OverpaymentDao;
import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.exception.ValidationException;
import com.acme.benefits.model.*;
import com.acme.benefits.rules.RecoveryRateCalculator;
import com.acme.benefits.util.DateUtil;

/**
 * Overpayment decisions and recovery from ongoing benefit.
 *
 * Change history:
 *   2003-02-10 JB  Created (CR-1195).
 *   2006-05-30 KT  CR-2444 recovery applied inside the payment run.
 */
public class OverpaymentService {

    private final OverpaymentDao overpaymentDao;
    private final RecoveryRateCalculator calculator = new RecoveryRateCalculator();
    private final AuditService auditService;

    public OverpaymentService(AuditService auditService) {
        this(DaoFactory.getInstance().getOverpaymentDao(), auditService);
    }

    public OverpaymentService(OverpaymentDao overpaymentDao, AuditService auditService) {
        this.overpaymentDao = overpaymentDao;
        this.auditService = auditService;
    }

    public Overpayment raise(Claim claim, Money amount, String reasonCode, Date from, Date to, String user)
            throws BenefitsException {
        if (!amount.isPositive()) {
            throw new ValidationException("amount", "Overpayment must be greater than zero");
        }
        if (to == null || from == null || DateUtil.isBefore(to, from)) {
            throw new ValidationException("period", "Overpayment period is invalid");
        }
        Overpayment op = new Overpayment();
        op.setClaimId(claim.getClaimId());
        op.setAmount(amount);
        op.setOutstanding(amount);
        op.setReasonCode(reasonCode);
        op.setPeriodFrom(from);
        op.setPeriodTo(to);
        op.setDateIdentified(DateUtil.today());
        op.setWeeklyRecovery(calculator.weeklyRecovery(op, claim.getWeeklyAmount()));
        overpaymentDao.insert(op);
        auditService.audit(user, AuditService.ACTION_CREATE, "OVERPAYMENT", op.getOverpaymentId(),
                calculator.describe(op, claim.getWeeklyAmount()));
        return op;
    }

    /**
     * Deducts recovery from a payment about to be issued. Oldest debt first.
     * Returns the total deducted.
     */
    public Money applyRecovery(Claim claim, Payment payment) throws DataAccessException {
        List outstanding = overpaymentDao.findOutstanding(claim.getClaimId());
        Overpayment[] debts = (Overpayment[]) outstanding.toArray(new Overpayment[outstanding.size()]);
        Money available = payment.getAmount();
        Money recovered = Money.ZERO;
        for (int i = 0; i < debts.length; i++) {
            Money deduction = calculator.weeklyRecovery(debts[i], available);
            if (deduction.isZero()) {
                continue;
            }
            overpaymentDao.recordRecovery(debts[i].getOverpaymentId(), deduction);
            available = available.subtract(deduction);
            recovered = recovered.add(deduction);
        }
        return recovered;
    }

    public Money totalOutstanding(long claimId) throws DataAccessException {
        return overpaymentDao.totalOutstanding(claimId);
    }

    /** Closed claims that still carry a debt: referred to Debt Management for direct recovery. */
    public List findDebtsOnClosedClaims() throws DataAccessException {
        OverpaymentDao dao = overpaymentDao;
        return dao.findClaimsWhere("C.STATUS = ? AND EXISTS (SELECT 1 FROM OVERPAYMENT O "
                + "WHERE O.CLAIM_ID = C.CLAIM_ID AND O.OUTSTANDING > 0)",
                new Object[] {ClaimStatus.CLOSED.getCode()});
    }

    public void writeOff(long overpaymentId, String reason, String user) throws BenefitsException {
        if (reason == null || reason.trim().length() < 10) {
            throw new ValidationException("reason", "A write-off needs a reason of at least 10 characters");
        }
        overpaymentDao.writeOff(overpaymentId, user);
        auditService.audit(user, "WRITEOFF", "OVERPAYMENT", overpaymentId, reason);
    }
}
