package com.acme.benefits.exception;

/**
 * Root of the checked exceptions thrown by the benefits application.
 *
 * Change history:
 *   2001-05-14 RK  Created.
 *   2002-09-30 JB  CR-1102 added error code so the web tier can map messages.
 *   2004-02-17 JB  CR-1590 chained cause kept (was lost on JDK 1.3).
 */
public class BenefitsException extends Exception {

    public static final String GENERAL_ERROR = "ERR-GEN";

    private final String errorCode;

    public BenefitsException(String message) {
        this(message, GENERAL_ERROR);
    }

    public BenefitsException(String message, String errorCode) {
        super(message);
        this.errorCode = errorCode;
    }

    public BenefitsException(String message, Throwable cause) {
        super(message, cause);
        this.errorCode = GENERAL_ERROR;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public String toString() {
        return getClass().getName() + "[" + errorCode + "]: " + getMessage();
    }
}
