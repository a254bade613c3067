package com.acme.benefits.util;

/**
 * Bank sort code and account number checks for BACS payments.
 * The modulus check is the simple weighted mod-11 used by the old
 * payment system; VocaLink's full table was never loaded.
 *
 * Change history:
 *   2002-03-25 RK  Created.
 *   2004-06-09 TW  CR-1655 Post Office card account sort codes (08-xx-xx) accepted.
 */
public final class SortCodeValidator {

    private static final int[] WEIGHTS = {7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1, 0};
    private static final String POST_OFFICE_PREFIX = "08";

    private SortCodeValidator() {
    }

    /** "12-34-56" or "12 34 56" becomes "123456". */
    public static String normalise(String sortCode) {
        return StringUtil.digitsOnly(sortCode);
    }

    public static boolean isValidSortCode(String sortCode) {
        String digits = normalise(sortCode);
        return digits.length() == 6 && !"000000".equals(digits);
    }

    public static boolean isValidAccountNumber(String account) {
        String digits = StringUtil.digitsOnly(account);
        return digits.length() == 8 && digits.equals(StringUtil.trimToEmpty(account));
    }

    public static boolean isPostOfficeAccount(String sortCode) {
        return normalise(sortCode).startsWith(POST_OFFICE_PREFIX);
    }

    public static String format(String sortCode) {
        String d = normalise(sortCode);
        if (d.length() != 6) {
            return StringUtil.trimToEmpty(sortCode);
        }
        return d.substring(0, 2) + "-" + d.substring(2, 4) + "-" + d.substring(4);
    }

    /** Weighted modulus 11 check across sort code + account number. */
    public static boolean passesModulusCheck(String sortCode, String account) {
        String digits = normalise(sortCode) + StringUtil.digitsOnly(account);
        if (digits.length() != 14) {
            return false;
        }
        if (isPostOfficeAccount(sortCode)) {
            return true;
        }
        int total = 0;
        for (int i = 0; i < digits.length(); i++) {
            total += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return total % 11 != 1;
    }
}
