package com.acme.benefits.rules.validation;

import java.util.Date;

import com.acme.benefits.model.Claim;
import com.acme.benefits.util.DateUtil;

/**
 * Checks a new claim before it is stored.
 */
public class ClaimValidator extends AbstractValidator {

    public ClaimValidator() {
        super(Claim.class);
    }

    protected void doValidate(Object target, ValidationResult result) {
        Claim claim = (Claim) target;
        required(result, "benefitType", claim.getBenefitType());
        required(result, "dateReceived", claim.getDateReceived());
        if (claim.getDateReceived() == null) {
            return;
        }
        Date today = DateUtil.today();
        if (DateUtil.isBefore(today, claim.getDateReceived())) {
            result.addError("dateReceived", "cannot be in the future");
        }
        if (claim.getEffectiveDate() != null
                && DateUtil.daysBetween(claim.getDateReceived(), claim.getEffectiveDate()) > 28) {
            // advance claims are only allowed for State Pension
            if (!claim.getBenefitType().isPensionAge()) {
                result.addError("effectiveDate", "more than 28 days after the date of claim");
            }
        }
        if (claim.getClaimant() != null && claim.getClaimant().isDeceased()) {
            result.addError("claimant", "is recorded as deceased");
        }
    }
}
