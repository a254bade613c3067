package com.acme.benefits.rules.validation;

import com.acme.benefits.model.Claimant;
import com.acme.benefits.model.PaymentMethod;
import com.acme.benefits.util.SortCodeValidator;

/**
 * Bank details are required for BACS and Post Office card account payments.
 *
 * Change history:
 *   2004-06-09 TW  Created (CR-1655).
 */
public class BankDetailsValidator extends AbstractValidator {

    public BankDetailsValidator() {
        super(Claimant.class);
    }

    protected void doValidate(Object target, ValidationResult result) {
        Claimant claimant = (Claimant) target;
        PaymentMethod method = claimant.getPreferredPaymentMethod();
        if (method == null || !method.requiresBankDetails()) {
            return;
        }
        if (!SortCodeValidator.isValidSortCode(claimant.getSortCode())) {
            result.addError("sortCode", "must be six digits");
        }
        if (!SortCodeValidator.isValidAccountNumber(claimant.getAccountNumber())) {
            result.addError("accountNumber", "must be eight digits");
        }
        if (result.isValid()
                && !SortCodeValidator.passesModulusCheck(claimant.getSortCode(), claimant.getAccountNumber())) {
            result.addError("accountNumber", "fails the modulus check for sort code "
                    + SortCodeValidator.format(claimant.getSortCode()));
        }
        if (method == PaymentMethod.POST_OFFICE && !SortCodeValidator.isPostOfficeAccount(claimant.getSortCode())) {
            result.addError("sortCode", "is not a Post Office card account sort code");
        }
    }
}
