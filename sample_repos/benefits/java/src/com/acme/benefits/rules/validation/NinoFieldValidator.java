package com.acme.benefits.rules.validation;

import com.acme.benefits.util.NinoValidator;

/**
 * National Insurance number field. Temporary (TN) numbers are rejected
 * online; the batch intake accepts them and flags the claim.
 */
public class NinoFieldValidator implements FieldValidator {

    private final boolean allowTemporary;

    public NinoFieldValidator() {
        this(false);
    }

    public NinoFieldValidator(boolean allowTemporary) {
        this.allowTemporary = allowTemporary;
    }

    public String getFieldName() {
        return "nino";
    }

    public boolean supports(Class type) {
        return String.class.equals(type);
    }

    public boolean isValidValue(String value) {
        if (allowTemporary && NinoValidator.isTemporary(value)) {
            return true;
        }
        return NinoValidator.isValid(value);
    }

    public ValidationResult validate(Object target) {
        ValidationResult result = new ValidationResult();
        if (!(target instanceof String) || !isValidValue((String) target)) {
            result.addError(getFieldName(), "is not a valid National Insurance number");
        }
        return result;
    }
}
