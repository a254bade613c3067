package com.acme.benefits.rules;

import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import com.acme.benefits.model.Address;
import com.acme.benefits.model.Claim;
import com.acme.benefits.model.Claimant;

/**
 * Presence, habitual residence and right to reside.
 *
 *  - State Pension is payable abroad; everything else needs a UK address.
 *  - People subject to immigration control with no recourse to public funds
 *    cannot get means-tested benefits.
 *  - UK/Irish nationals and refugees are exempt from the habitual residence test.
 *
 * Change history:
 *   2002-05-20 RK  Created.
 *   2004-05-01 TW  CR-1630 EEA accession: right to reside test for EEA nationals.
 *   2007-08-13 MP  CR-2930 exportability of State Pension.
 */
public class ResidencyRule extends AbstractEligibilityRule {

    private static final Set HRT_EXEMPT = new HashSet(Arrays.asList(new String[] {
        Claimant.RESIDENCY_UK, "IRL", Claimant.RESIDENCY_REFUGEE
    }));

    public ResidencyRule() {
        super("R-RES-01", "Residence and presence conditions");
    }

    protected RuleResult doEvaluate(Claim claim, Claimant claimant, Date onDate) {
        Address address = claimant.getAddress();
        if (address == null) {
            return fail("No address is held for the claimant");
        }
        if (!claim.getClaimant().getAddress().isUkAddress()) {
            if (claim.getBenefitType().isPayableAbroad()) {
                return pass();
            }
            return fail(claim.getBenefitType().getDescription() + " is not payable to a claimant living in "
                    + claim.getClaimant().getAddress().getCountryCode());
        }
        String status = claimant.getResidencyStatus();
        if (Claimant.RESIDENCY_NO_RECOURSE.equals(status) && claim.getBenefitType().isMeansTested()) {
            return fail("Claimant is subject to immigration control with no recourse to public funds");
        }
        if (HRT_EXEMPT.contains(status)) {
            return pass();
        }
        if (Claimant.RESIDENCY_EEA.equals(status) && claimant.getHoursWorked() > 0) {
            // EEA worker (or retained worker status) has a right to reside
            return pass();
        }
        if (!claimant.isHabituallyResident()) {
            return fail("Claimant is not habitually resident in the Common Travel Area");
        }
        return pass();
    }
}
