package com.acme.benefits.rules;

import java.util.Date;

import com.acme.benefits.model.BenefitType;
import com.acme.benefits.model.Claim;
import com.acme.benefits.model.Claimant;
import com.acme.benefits.model.Money;
import com.acme.benefits.util.MoneyUtil;

/**
 * Work and earnings conditions:
 *  - IS / income-based JSA: claimant not in remunerative work (16 hours or
 *    more), partner not working 24 hours or more.
 *  - Carer's Allowance: earnings after disregards at or below the earnings limit.
 *  - State Pension and Pension Credit: no work test (earnings taken into
 *    account in the amount instead).
 *
 * Change history:
 *   2002-05-20 RK  Created.
 *   2005-09-12 TW  CR-2150 switch on BenefitType enum.
 *   2010-04-12 AS  CR-3250 carer's earnings limit 100.00.
 */
public class IncomeRule extends AbstractEligibilityRule {

    private final EarningsTaper taper;

    public IncomeRule(EarningsTaper taper) {
        super("R-INC-01", "Work and earnings conditions");
        this.taper = taper;
    }

    public IncomeRule() {
        this(new EarningsTaper());
    }

    protected RuleResult doEvaluate(Claim claim, Claimant claimant, Date onDate) {
        BenefitType type = claim.getBenefitType();
        switch (type) {
            case STATE_PENSION:
            case PENSION_CREDIT:
                return pass();
            case CARERS_ALLOWANCE:
                Money countable = taper.taper(claimant.getWeeklyEarnings(), 1.0d);
                if (countable.isGreaterThan(Money.ofPence(CARERS_EARNINGS_LIMIT_PENCE))) {
                    return fail("Earnings of " + MoneyUtil.format(countable) + " a week exceed the limit of "
                            + MoneyUtil.format(Money.ofPence(CARERS_EARNINGS_LIMIT_PENCE)));
                }
                return pass();
            case JOBSEEKERS_ALLOWANCE:
            case INCOME_SUPPORT:
                return checkRemunerativeWork(claimant);
            default:
                return fail("No income rule defined for " + type);
        }
    }

    private RuleResult checkRemunerativeWork(Claimant claimant) {
        if (claimant.getHoursWorked() >= REMUNERATIVE_WORK_HOURS) {
            return fail("Claimant works " + claimant.getHoursWorked() + " hours a week (limit "
                    + REMUNERATIVE_WORK_HOURS + ")");
        }
        if (claimant.hasPartner() && claimant.getPartner().getHoursWorked() >= PARTNER_REMUNERATIVE_WORK_HOURS) {
            return fail("Partner works " + claimant.getPartner().getHoursWorked() + " hours a week (limit "
                    + PARTNER_REMUNERATIVE_WORK_HOURS + ")");
        }
        return pass();
    }
}
