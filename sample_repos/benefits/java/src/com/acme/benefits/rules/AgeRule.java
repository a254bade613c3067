package com.acme.benefits.rules;

import java.util.Date;

import com.acme.benefits.model.BenefitType;
import com.acme.benefits.model.Claim;
import com.acme.benefits.model.Claimant;
import com.acme.benefits.util.DateUtil;

/**
 * Working-age benefits: claimant must be at least the minimum age for the
 * benefit and below state pension age.
 *
 * Change history:
 *   2002-05-20 RK  Created.
 *   2009-04-06 AS  CR-3101 minimum age per benefit type (JSA 18).
 */
public class AgeRule extends AbstractEligibilityRule {

    private final int minimumAge;
    private final int maximumAge;

    public AgeRule(String ruleId, int minimumAge, int maximumAge) {
        super(ruleId, "Claimant aged " + minimumAge + " to " + maximumAge);
        this.minimumAge = minimumAge;
        this.maximumAge = maximumAge;
    }

    public AgeRule() {
        this("R-AGE-01", MINIMUM_CLAIM_AGE, STATE_PENSION_AGE - 1);
    }

    public boolean appliesTo(BenefitType type) {
        return !type.isPensionAge();
    }

    protected RuleResult doEvaluate(Claim claim, Claimant claimant, Date onDate) {
        if (claimant.getDateOfBirth() == null) {
            return fail("Date of birth has not been verified");
        }
        int age = DateUtil.ageOn(claimant.getDateOfBirth(), onDate);
        int minimum = Math.max(minimumAge, claim.getBenefitType().getMinimumAge());
        if (age < minimum) {
            return fail("Claimant is aged " + age + "; the minimum age for "
                    + claim.getBenefitType().getDescription() + " is " + minimum);
        }
        if (age > maximumAge) {
            return fail("Claimant is aged " + age + " and over the maximum age of " + maximumAge);
        }
        return pass();
    }

    protected int getMinimumAge() {
        return minimumAge;
    }

    protected int getMaximumAge() {
        return maximumAge;
    }
}
