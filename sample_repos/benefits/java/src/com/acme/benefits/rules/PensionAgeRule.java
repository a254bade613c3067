package com.acme.benefits.rules;

import java.util.Date;

import com.acme.benefits.model.BenefitType;
import com.acme.benefits.model.Claim;
import com.acme.benefits.model.Claimant;
import com.acme.benefits.util.DateUtil;

/**
 * Pension-age benefits. State Pension looks at the claimant's own age;
 * Pension Credit couples qualify when the OLDER partner has reached
 * qualifying age (rule in force until the 2019 mixed-age couples change).
 *
 * Change history:
 *   2003-10-06 JB  Created (CR-1425, Pension Credit launch).
 *   2010-11-19 AS  CR-3302 SPA 66 via BenefitsConstants.
 */
public class PensionAgeRule extends AgeRule {

    /** Advance claims for State Pension may be made up to four months before SPA. */
    private static final int ADVANCE_CLAIM_MONTHS = 4;

    public PensionAgeRule() {
        super("R-AGE-SPA", STATE_PENSION_AGE, 150);
    }

    public boolean appliesTo(BenefitType type) {
        return type.isPensionAge();
    }

    protected RuleResult doEvaluate(Claim claim, Claimant claimant, Date onDate) {
        if (claimant.getDateOfBirth() == null) {
            return fail("Date of birth has not been verified");
        }
        if (claim.getBenefitType() == BenefitType.PENSION_CREDIT) {
            Claimant partner = claimant.getPartner();
            // ternary as receiver: whichever member of the couple is older
            Date qualifyingDob = (claimant.hasPartner()
                    && partner.getDateOfBirth() != null
                    && partner.getDateOfBirth().before(claimant.getDateOfBirth())
                    ? partner : claimant).getDateOfBirth();
            int age = DateUtil.ageOn(qualifyingDob, onDate);
            if (age < getMinimumAge()) {
                return fail("Neither member of the couple has reached the qualifying age of " + getMinimumAge());
            }
            return pass();
        }
        Date spaDate = DateUtil.addYears(claimant.getDateOfBirth(), getMinimumAge());
        if (claim.getDateReceived() != null
                && DateUtil.isBefore(claim.getDateReceived(), DateUtil.addMonths(spaDate, -ADVANCE_CLAIM_MONTHS))) {
            return fail("Claim received more than " + ADVANCE_CLAIM_MONTHS
                    + " months before state pension age (" + DateUtil.format(spaDate) + ")");
        }
        if (DateUtil.isBefore(onDate, spaDate)) {
            return fail("Claimant reaches state pension age on " + DateUtil.format(spaDate));
        }
        return super.doEvaluate(claim, claimant, onDate);
    }
}
