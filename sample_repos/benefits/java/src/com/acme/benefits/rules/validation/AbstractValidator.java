package com.acme.benefits.rules.validation;

/**
 * Type check and result creation shared by the object validators.
 */
public abstract class AbstractValidator implements Validator {

    private final Class targetType;

    protected AbstractValidator(Class targetType) {
        this.targetType = targetType;
    }

    public boolean supports(Class type) {
        return targetType.isAssignableFrom(type);
    }

    public ValidationResult validate(Object target) {
        ValidationResult result = new ValidationResult();
        if (target == null) {
            return result.addError("Nothing to validate");
        }
        if (!supports(target.getClass())) {
            return result.addError(getClass().getName() + " cannot validate " + target.getClass().getName());
        }
        doValidate(target, result);
        return result;
    }

    protected abstract void doValidate(Object target, ValidationResult result);

    protected void required(ValidationResult result, String field, Object value) {
        if (value == null || (value instanceof String && ((String) value).trim().length() == 0)) {
            result.addError(field, "is required");
        }
    }
}
