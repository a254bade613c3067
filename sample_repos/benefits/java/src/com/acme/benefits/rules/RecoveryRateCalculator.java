package com.acme.benefits.rules;

import static com.acme.benefits.util.MoneyUtil.*;

import java.util.HashMap;
import java.util.Map;

import com.acme.benefits.model.Money;
import com.acme.benefits.model.Overpayment;
import com.acme.benefits.util.BenefitsConstants;

/**
 * Weekly recovery of overpayments from ongoing benefit.
 *
 *   official error   - not recovered
 *   claimant error   - 15% of the weekly award
 *   fraud            - 40% of the weekly award
 *
 * A payment is never reduced below the 10p minimum, and never by more than
 * the debt still outstanding.
 *
 * Change history:
 *   2003-02-10 JB  Created (CR-1195).
 *   2006-05-30 KT  CR-2444 fraud rate increased to 40%.
 */
public class RecoveryRateCalculator implements BenefitsConstants {

    private static final Map RECOVERY_PERCENT = buildRecoveryTable();

    private static Map buildRecoveryTable() {
        Map table = new HashMap();
        table.put(Overpayment.REASON_OFFICIAL_ERROR, Double.valueOf(0.0d));
        table.put(Overpayment.REASON_CLAIMANT_ERROR, Double.valueOf(15.0d));
        table.put(Overpayment.REASON_FRAUD, Double.valueOf(40.0d));
        return table;
    }

    public double recoveryPercent(String reasonCode) {
        Double pct = (Double) RECOVERY_PERCENT.get(reasonCode);
        return pct == null ? 0.0d : pct.doubleValue();
    }

    public Money weeklyRecovery(Overpayment overpayment, Money weeklyAward) {
        if (!overpayment.isRecoverable() || !weeklyAward.isPositive()) {
            return Money.ZERO;
        }
        Money deduction = percentageOf(weeklyAward, recoveryPercent(overpayment.getReasonCode()));
        Money ceiling = weeklyAward.subtract(Money.ofPence(MINIMUM_PAYMENT_PENCE)).floorAtZero();
        return deduction.min(ceiling).min(overpayment.getOutstanding());
    }

    /** Weeks needed to clear the debt at the given weekly rate (for the notification letter). */
    public int weeksToClear(Overpayment overpayment, Money weeklyRecovery) {
        if (!weeklyRecovery.isPositive()) {
            return -1;
        }
        long outstanding = overpayment.getOutstanding().getPence();
        return (int) ((outstanding + weeklyRecovery.getPence() - 1L) / weeklyRecovery.getPence());
    }

    public String describe(Overpayment overpayment, Money weeklyAward) {
        Money weekly = weeklyRecovery(overpayment, weeklyAward);
        return "Recovering " + format(weekly) + " a week; " + format(overpayment.getOutstanding())
                + " outstanding (" + weeksToClear(overpayment, weekly) + " weeks)";
    }
}
