package com.acme.benefits.rules.validation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.acme.benefits.exception.ValidationException;

/**
 * Accumulates validation errors so the user sees all of them at once.
 */
public class ValidationResult {

    private final List<String> errors = new ArrayList<String>();

    public ValidationResult addError(String message) {
        errors.add(message);
        return this;
    }

    public ValidationResult addError(String field, String message) {
        return addError(field + ": " + message);
    }

    public ValidationResult merge(ValidationResult other) {
        for (Iterator<String> it = other.getErrors().iterator(); it.hasNext();) {
            addError(it.next());
        }
        return this;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<String> getErrors() {
        return errors;
    }

    public void throwIfInvalid() throws ValidationException {
        if (!isValid()) {
            throw new ValidationException(new ArrayList(errors));
        }
    }

    public String toString() {
        return isValid() ? "valid" : errors.toString();
    }
}
