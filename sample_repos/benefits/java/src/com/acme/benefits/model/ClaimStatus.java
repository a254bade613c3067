package com.acme.benefits.model;

/**
 * Life cycle of a claim. Codes are the single character held in CLAIM.STATUS
 * (shared with the COBOL payment suite - do not change them).
 *
 * Change history:
 *   2005-09-12 TW  CR-2150 converted from int constants to an enum (Java 5 upgrade).
 *   2007-01-15 MP  CR-2801 SUSPENDED may go back to AWARDED.
 */
public enum ClaimStatus {

    RECEIVED("R", "Received"),
    PENDING_EVIDENCE("E", "Awaiting evidence"),
    ASSESSED("A", "Assessed"),
    AWARDED("W", "Awarded"),
    REFUSED("F", "Refused"),
    SUSPENDED("S", "Suspended"),
    CLOSED("C", "Closed");

    private final String code;
    private final String description;

    ClaimStatus(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    /** Live claims are the ones the payment run looks at. */
    public boolean isLive() {
        return this == AWARDED || this == SUSPENDED;
    }

    public boolean isFinal() {
        return this == REFUSED || this == CLOSED;
    }

    public boolean canTransitionTo(ClaimStatus next) {
        if (next == null || next == this) {
            return false;
        }
        switch (this) {
            case RECEIVED:
                return next == PENDING_EVIDENCE || next == ASSESSED || next == AWARDED || next == REFUSED || next == CLOSED;
            case PENDING_EVIDENCE:
                return next == ASSESSED || next == AWARDED || next == REFUSED || next == CLOSED;
            case ASSESSED:
                return next == AWARDED || next == REFUSED;
            case AWARDED:
                return next == SUSPENDED || next == CLOSED;
            case SUSPENDED:
                return next == AWARDED || next == CLOSED;
            default:
                return false;
        }
    }

    public static ClaimStatus fromCode(String code) {
        ClaimStatus[] all = values();
        for (int i = 0; i < all.length; i++) {
            if (all[i].code.equals(code)) {
                return all[i];
            }
        }
        throw new IllegalArgumentException("Unknown claim status code: " + code);
    }
}
