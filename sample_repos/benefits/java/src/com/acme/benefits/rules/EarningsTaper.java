package com.acme.benefits.rules;

import java.math.BigDecimal;

import com.acme.benefits.model.BenefitType;
import com.acme.benefits.model.Claimant;
import com.acme.benefits.model.Money;
import com.acme.benefits.util.BenefitsConstants;
import com.acme.benefits.util.MoneyUtil;

/**
 * Earnings disregards and tapers.
 *
 * Net weekly earnings above the disregard reduce the benefit pound for pound
 * (taper 100%) on IS, JSA and Pension Credit guarantee credit.
 * Disregards: 5.00 single, 10.00 couple, 20.00 lone parent / disabled / carer.
 *
 * Change history:
 *   2002-05-27 RK  Created.
 *   2004-04-12 TW  CR-1612 higher disregard for carers.
 */
public class EarningsTaper implements BenefitsConstants {

    public Money taper(Money earnings) {
        return taper(earnings, Money.ZERO, STANDARD_TAPER);
    }

    public Money taper(Money earnings, double rate) {
        return taper(earnings, Money.ZERO, rate);
    }

    public Money taper(Money earnings, Money disregard) {
        return taper(earnings, disregard, STANDARD_TAPER);
    }

    public Money taper(Money earnings, Money disregard, double rate) {
        Money excess = earnings.subtract(disregard).floorAtZero();
        return MoneyUtil.roundToPence(excess.toBigDecimal().multiply(BigDecimal.valueOf(rate)));
    }

    public Money disregardFor(Claimant claimant, BenefitType type) {
        if (claimant.isDisabled() || claimant.isCarer()) {
            return Money.ofPence(EARNINGS_DISREGARD_HIGHER_PENCE);
        }
        if (type == BenefitType.INCOME_SUPPORT && claimant.isLoneParentOn(new java.util.Date())) {
            return Money.ofPence(EARNINGS_DISREGARD_HIGHER_PENCE);
        }
        return claimant.hasPartner()
                ? Money.ofPence(EARNINGS_DISREGARD_COUPLE_PENCE)
                : Money.ofPence(EARNINGS_DISREGARD_SINGLE_PENCE);
    }

    /** Earnings that reduce the award, after the disregard. */
    public Money countableEarnings(Claimant claimant, BenefitType type) {
        if (!type.isMeansTested()) {
            return Money.ZERO;
        }
        return taper(claimant.getHouseholdEarnings(), disregardFor(claimant, type));
    }
}
