package com.acme.benefits.batch;

import static com.acme.benefits.util.DateUtil.*;

import java.text.ParseException;
import java.util.Date;
import java.util.List;

import com.acme.benefits.dao.ClaimDao;
import com.acme.benefits.dao.ClaimantDao;
import com.acme.benefits.dao.DaoFactory;
import com.acme.benefits.dao.PaymentDao;
import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.model.*;
import com.acme.benefits.service.ClaimService;
import com.acme.benefits.service.PaymentService;
import com.acme.benefits.service.ServiceLocator;
import com.acme.benefits.util.BenefitsConstants;
import com.acme.benefits.util.PaydayCalculator;

/**
 * Nightly payment run. Scheduled by Control-M as job BENPAY01 at 22:30 on
 * working days:
 *
 *   java com.acme.benefits.batch.NightlyPaymentRun [-date=yyyy-MM-dd] [-dryrun]
 *
 * Return codes: 0 OK, 4 completed with errors, 12 failed (rerun required).
 *
 * Change history:
 *   2002-04-15 RK  Created.
 *   2004-09-27 TW  CR-1744 deceased claimants suspended, not paid.
 *   2005-07-18 TW  CR-2088 paydays by NINO, pensioners on Monday.
 *   2008-07-21 MP  CR-2995 table lock for the duration of the run.
 */
public class NightlyPaymentRun {

    public static final int RC_OK = 0;
    public static final int RC_WARNING = 4;
    public static final int RC_FAILED = 12;

    private static final String USER = BenefitsConstants.SYSTEM_USER;

    private final Date runDate;
    private final ClaimDao claimDao = DaoFactory.getInstance().getClaimDao();
    private final ClaimantDao claimantDao = DaoFactory.getInstance().getClaimantDao();
    private final PaymentDao paymentDao = DaoFactory.getInstance().getPaymentDao();
    private final PaymentService paymentService = ServiceLocator.getInstance().getPaymentService();
    private final ClaimService claimService = ServiceLocator.getInstance().getClaimService();
    private final BatchReport report = new BatchReport("BENPAY01 NIGHTLY PAYMENT RUN");
    private boolean dryRun;

    public NightlyPaymentRun(Date runDate) {
        this.runDate = runDate;
    }

    public static void main(String[] args) {
        Date runDate = today();
        boolean dryRun = false;
        for (int i = 0; i < args.length; i++) {
            if ("-dryrun".equals(args[i])) {
                dryRun = true;
            } else if (args[i].startsWith("-date=")) {
                try {
                    runDate = parse(args[i].substring(6), ISO_PATTERN);
                } catch (ParseException e) {
                    System.err.println("BENPAY01 invalid run date " + args[i]);
                    System.exit(RC_FAILED);
                }
            } else {
                System.err.println("BENPAY01 unknown argument " + args[i]);
                System.exit(RC_FAILED);
            }
        }
        if (!isWorkingDay(runDate)) {
            System.out.println("BENPAY01 " + format(runDate) + " is not a working day - nothing to do");
            System.exit(RC_OK);
        }
        NightlyPaymentRun run = new NightlyPaymentRun(runDate);
        run.setDryRun(dryRun);
        System.exit(run.execute());
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public int execute() {
        report.start();
        report.info("Run date " + format(runDate) + (dryRun ? " (DRY RUN)" : ""));

        /** Local class: today's payday check, remembering the run date. */
        class PaydayFilter {
            private final Date day;

            PaydayFilter(Date day) {
                this.day = day;
            }

            boolean isDue(Claim claim) {
                boolean pensioner = claim.getBenefitType().isPensionAge();
                return PaydayCalculator.isPayday(claim.getClaimant().getNino(), pensioner, day);
            }
        }

        try {
            if (!dryRun) {
                paymentDao.lockForRun();
            }
            List due = claimDao.findDueForPayment(runDate);
            Claim[] claims = (Claim[]) due.toArray(new Claim[due.size()]);
            PaydayFilter filter = new PaydayFilter(runDate);
            for (int i = 0; i < claims.length; i++) {
                try {
                    claims[i].setClaimant(claimantDao.findById(claims[i].getClaimant().getClaimantId()));
                    if (claims[i].getClaimant() == null) {
                        report.error(claims[i].getClaimId(), "claimant row missing");
                    } else if (filter.isDue(claims[i])) {
                        processClaim(claims[i]);
                    }
                } catch (DataAccessException e) {
                    if (e.isDeadlock()) {
                        report.error(claims[i].getClaimId(), "deadlock - will be picked up tomorrow");
                    } else {
                        throw e;
                    }
                } catch (BenefitsException e) {
                    report.error(claims[i].getClaimId(), e.getMessage());
                }
            }
        } catch (DataAccessException e) {
            report.fatal(e.getMessage());
            report.finish();
            report.print(System.out);
            return RC_FAILED;
        }
        report.finish();
        report.print(System.out);
        return report.getErrorCount() > 0 ? RC_WARNING : RC_OK;
    }

    private void processClaim(Claim claim) throws BenefitsException {
        Claimant claimant = claim.getClaimant();
        if (claimant.isDeceased() && !isBefore(runDate, claimant.getDateOfDeath())) {
            report.skipped(claim.getClaimId(), "claimant died " + format(claimant.getDateOfDeath()));
            if (!dryRun) {
                claimService.suspend(claim.getClaimId(), "Death notified", USER);
            }
            return;
        }
        if (claim.getWeeklyAmount().isZero()) {
            report.skipped(claim.getClaimId(), "nil award");
            return;
        }
        if (dryRun) {
            Payment preview = paymentService.buildPayment(claim, runDate);
            report.paid(claim.getClaimId(), preview.getAmount(), preview.getMethod());
            return;
        }
        Payment payment = paymentService.issuePayment(claim, runDate, USER);
        report.paid(claim.getClaimId(), payment.getNetAmount(), payment.getMethod());
    }
}
