package com.acme.benefits.rules;

import java.util.Date;

import com.acme.benefits.model.BenefitType;
import com.acme.benefits.model.Claim;
import com.acme.benefits.model.Claimant;
import com.acme.benefits.model.Money;
import com.acme.benefits.util.MoneyUtil;

/**
 * Capital upper limit for means-tested benefits (16,000 for IS/JSA, no upper
 * limit for Pension Credit since October 2008). Capital between the lower and
 * upper limits produces tariff income - see AmountCalculator.
 *
 * Change history:
 *   2002-05-20 RK  Created (8,000 limit).
 *   2003-04-11 JB  CR-1234 limit raised to 16,000.
 *   2008-10-06 MP  CR-3002 pension credit upper limit removed.
 */
public class CapitalRule extends AbstractEligibilityRule {

    public CapitalRule() {
        super("R-CAP-01", "Capital within limit");
    }

    public boolean appliesTo(BenefitType type) {
        return type.isMeansTested();
    }

    protected RuleResult doEvaluate(Claim claim, Claimant claimant, Date onDate) {
        Money capital = claimant.getHouseholdCapital();
        long limit = claim.getBenefitType().capitalUpperLimitPence();
        if (capital.isNegative()) {
            return fail("Capital cannot be negative - check the declared amount");
        }
        if (capital.getPence() > limit) {
            return fail("Household capital of " + MoneyUtil.format(capital) + " exceeds the limit of "
                    + MoneyUtil.format(Money.ofPence(limit)));
        }
        return pass();
    }
}
