package com.acme.benefits.rules;

import java.util.Date;
import java.util.Iterator;

import com.acme.benefits.model.BenefitType;
import com.acme.benefits.model.Claim;
import com.acme.benefits.model.Claimant;
import com.acme.benefits.model.Dependant;
import com.acme.benefits.util.DateUtil;

/**
 * Income Support is only for prescribed groups. The ones handled on this
 * system are lone parents whose youngest child is below the age limit,
 * carers, and people incapable of work. Every dependant must have a
 * verified date of birth.
 *
 * Change history:
 *   2002-06-17 RK  Created.
 *   2008-11-24 MP  CR-3015 lone parent child age limit reduced (12, then 10, 7, now 5).
 */
public class DependantRule extends AbstractEligibilityRule {

    public DependantRule() {
        super("R-DEP-01", "Prescribed group for Income Support");
    }

    public boolean appliesTo(BenefitType type) {
        return type == BenefitType.INCOME_SUPPORT;
    }

    protected RuleResult doEvaluate(Claim claim, Claimant claimant, Date onDate) {
        for (Iterator it = claimant.getDependants().iterator(); it.hasNext();) {
            Dependant d = (Dependant) it.next();
            if (d.getDateOfBirth() == null) {
                return fail("Date of birth missing for dependant " + d.getForename());
            }
            if (DateUtil.isBefore(onDate, d.getDateOfBirth())) {
                return fail("Dependant " + d.getForename() + " has a date of birth in the future");
            }
        }
        if (claimant.isCarer() || claimant.isDisabled()) {
            return pass();
        }
        if (claimant.hasPartner()) {
            return fail("Couples must claim Jobseeker's Allowance unless one partner is a carer or incapable of work");
        }
        int youngest = claimant.getYoungestChildAgeOn(onDate);
        if (youngest < 0) {
            return fail("Claimant is not in a prescribed group for Income Support");
        }
        if (youngest >= LONE_PARENT_CHILD_AGE_LIMIT) {
            return fail("Youngest child is aged " + youngest + "; lone parents must claim Jobseeker's Allowance once "
                    + "the youngest child reaches " + LONE_PARENT_CHILD_AGE_LIMIT);
        }
        return pass();
    }
}
