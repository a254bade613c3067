package com.acme.benefits.rules.validation;

/**
 * A validator for one named field, usable on its own from the screens
 * (e.g. to check a NINO as it is typed).
 */
public interface FieldValidator extends Validator {

    String getFieldName();

    boolean isValidValue(String value);
}
