package com.acme.benefits.exception;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Thrown when user supplied or batch supplied data fails validation.
 *
 * Change history:
 *   2001-05-14 RK  Created.
 *   2003-07-22 MP  CR-1377 carry the full list of errors, not just the first.
 */
public class ValidationException extends BenefitsException {

    public static final String VALIDATION_ERROR = "ERR-VAL";

    private final String field;
    private final List errors;

    public ValidationException(String message) {
        this(null, message);
    }

    public ValidationException(String field, String message) {
        super(message, VALIDATION_ERROR);
        this.field = field;
        this.errors = new ArrayList();
        this.errors.add(field == null ? message : field + ": " + message);
    }

    public ValidationException(List errors) {
        super(errors.isEmpty() ? "Validation failed" : (String) errors.get(0), VALIDATION_ERROR);
        this.field = null;
        this.errors = new ArrayList(errors);
    }

    public String getField() {
        return field;
    }

    public List getErrors() {
        return Collections.unmodifiableList(errors);
    }
}
