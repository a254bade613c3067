package com.acme.benefits.util;

/**
 * National Insurance number checks: two prefix letters, six digits and a
 * suffix A-D. Prefix rules as published by HMRC.
 *
 * Change history:
 *   2001-05-09 RK  Created.
 *   2003-10-06 JB  CR-1420 reject administrative prefixes (BG, GB, NK, KN, TN, NT, ZZ).
 *   2006-02-20 KT  CR-2390 temporary "TN" numbers flagged rather than rejected in batch.
 */
public final class NinoValidator {

    private static final String[] INVALID_PREFIXES = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"};
    private static final String INVALID_FIRST_LETTERS = "DFIQUV";
    private static final String INVALID_SECOND_LETTERS = "DFIOQUV";
    private static final String VALID_SUFFIXES = "ABCD";

    private NinoValidator() {
    }

    public static String normalise(String nino) {
        if (nino == null) {
            return null;
        }
        return nino.replaceAll("\\s", "").toUpperCase();
    }

    public static boolean isValid(String nino) {
        String n = normalise(nino);
        if (n == null || n.length() != 9) {
            return false;
        }
        char first = n.charAt(0);
        char second = n.charAt(1);
        if (!Character.isLetter(first) || !Character.isLetter(second)) {
            return false;
        }
        if (INVALID_FIRST_LETTERS.indexOf(first) >= 0 || INVALID_SECOND_LETTERS.indexOf(second) >= 0) {
            return false;
        }
        if (isAdministrativePrefix(n.substring(0, 2))) {
            return false;
        }
        if (!StringUtil.isNumeric(n.substring(2, 8))) {
            return false;
        }
        return VALID_SUFFIXES.indexOf(n.charAt(8)) >= 0;
    }

    public static boolean isTemporary(String nino) {
        String n = normalise(nino);
        return n != null && n.startsWith("TN");
    }

    /** For screens and letters: AB 12 34 56 C. */
    public static String format(String nino) {
        String n = normalise(nino);
        if (n == null || n.length() != 9) {
            return StringUtil.trimToEmpty(nino);
        }
        return n.substring(0, 2) + " " + n.substring(2, 4) + " " + n.substring(4, 6) + " "
                + n.substring(6, 8) + " " + n.substring(8);
    }

    public static String mask(String nino) {
        String n = normalise(nino);
        if (n == null || n.length() != 9) {
            return "*********";
        }
        return n.substring(0, 2) + "****" + n.substring(6);
    }

    private static boolean isAdministrativePrefix(String prefix) {
        for (int i = 0; i < INVALID_PREFIXES.length; i++) {
            if (INVALID_PREFIXES[i].equals(prefix)) {
                return true;
            }
        }
        return false;
    }
}
