package com.acme.benefits.model;

/**
 * How a payment reaches the claimant. Codes as held in PAYMENT.METHOD.
 *
 * Change history:
 *   2005-09-12 TW  CR-2150 converted from String constants to an enum.
 *   2003-04-01 JB  (original) Post Office card account replaced order books.
 */
public enum PaymentMethod {

    BACS("B", "Direct payment to bank account", 3),
    CHEQUE("C", "Girocheque", 5),
    POST_OFFICE("P", "Post Office card account", 2);

    private final String code;
    private final String description;
    private final int leadDays;

    PaymentMethod(String code, String description, int leadDays) {
        this.code = code;
        this.description = description;
        this.leadDays = leadDays;
    }

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    /** Working days between file creation and money in the claimant's hands. */
    public int getLeadDays() {
        return leadDays;
    }

    public boolean requiresBankDetails() {
        return this != CHEQUE;
    }

    public static PaymentMethod fromCode(String code) {
        for (PaymentMethod m : values()) {
            if (m.code.equalsIgnoreCase(code)) {
                return m;
            }
        }
        return CHEQUE;
    }
}
