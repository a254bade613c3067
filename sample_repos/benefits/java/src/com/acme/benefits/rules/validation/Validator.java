package com.acme.benefits.rules.validation;

/**
 * Validates an object captured on a screen or read from an input file.
 */
public interface Validator {

    boolean supports(Class type);

    ValidationResult validate(Object target);
}
