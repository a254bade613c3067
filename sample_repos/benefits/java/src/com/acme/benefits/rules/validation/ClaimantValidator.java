package com.acme.benefits.rules.validation;

import java.util.Date;

import com.acme.benefits.model.Address;
import com.acme.benefits.model.Claimant;
import com.acme.benefits.util.BenefitsConstants;
import com.acme.benefits.util.DateUtil;
import com.acme.benefits.util.StringUtil;

/**
 * Registration checks for a new claimant.
 *
 * Change history:
 *   2001-05-09 RK  Created.
 *   2003-10-06 JB  CR-1420 NINO prefix checks.
 *   2004-06-09 TW  CR-1655 bank details.
 */
public class ClaimantValidator extends AbstractValidator {

    private final FieldValidator ninoValidator;
    private final Validator bankDetailsValidator = new BankDetailsValidator();

    public ClaimantValidator() {
        this(new NinoFieldValidator());
    }

    public ClaimantValidator(FieldValidator ninoValidator) {
        super(Claimant.class);
        this.ninoValidator = ninoValidator;
    }

    protected void doValidate(Object target, ValidationResult result) {
        Claimant c = (Claimant) target;
        required(result, "forename", c.getForename());
        required(result, "surname", c.getSurname());
        if (!ninoValidator.isValidValue(c.getNino())) {
            result.addError(ninoValidator.getFieldName(), "is not a valid National Insurance number");
        }
        validateDateOfBirth(c.getDateOfBirth(), result);
        validateAddress(c.getAddress(), result);
        result.merge(this.bankDetailsValidator.validate(c));
        if (c.hasPartner() && c.getPartner().getNino() != null
                && c.getPartner().getNino().equals(c.getNino())) {
            result.addError("partner", "cannot have the same NINO as the claimant");
        }
    }

    private void validateDateOfBirth(Date dob, ValidationResult result) {
        if (dob == null) {
            result.addError("dateOfBirth", "is required");
            return;
        }
        Date today = DateUtil.today();
        if (DateUtil.isBefore(today, dob)) {
            result.addError("dateOfBirth", "cannot be in the future");
        } else if (DateUtil.ageOn(dob, today) < BenefitsConstants.MINIMUM_CLAIM_AGE) {
            result.addError("dateOfBirth", "claimant must be at least " + BenefitsConstants.MINIMUM_CLAIM_AGE);
        } else if (DateUtil.ageOn(dob, today) > 120) {
            result.addError("dateOfBirth", "is not credible");
        }
    }

    private void validateAddress(Address address, ValidationResult result) {
        if (address == null) {
            result.addError("address", "is required");
            return;
        }
        required(result, "address.line1", address.getLine1());
        if (address.isUkAddress() && !StringUtil.isValidPostcode(address.getPostcode())) {
            result.addError("address.postcode", "is not a valid UK postcode");
        }
    }
}
