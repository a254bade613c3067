package com.acme.benefits.util;

import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Null-safe string helpers (commons-lang was not approved for production use).
 *
 * Change history:
 *   2001-05-02 RK  Created.
 *   2003-01-27 JB  CR-1188 postcode normalisation.
 *   2005-04-12 TW  CR-1930 escapeHtml for the search screen (XSS finding).
 */
public final class StringUtil {

    private static final Pattern POSTCODE = Pattern.compile(
            "^(GIR 0AA|[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][ABD-HJLNP-UW-Z]{2})$");

    private StringUtil() {
    }

    public static boolean isEmpty(String s) {
        return s == null || s.length() == 0;
    }

    public static boolean isBlank(String s) {
        return s == null || s.trim().length() == 0;
    }

    public static String nvl(String s, String defaultValue) {
        return isBlank(s) ? defaultValue : s;
    }

    public static String trimToEmpty(String s) {
        return s == null ? "" : s.trim();
    }

    public static String trimToNull(String s) {
        String t = trimToEmpty(s);
        return t.length() == 0 ? null : t;
    }

    public static String padLeft(String s, int width) {
        return padLeft(s, width, ' ');
    }

    public static String padLeft(String s, int width, char pad) {
        String value = trimToEmpty(s);
        StringBuffer buf = new StringBuffer(width);
        for (int i = value.length(); i < width; i++) {
            buf.append(pad);
        }
        return buf.append(value).toString();
    }

    public static String padRight(String s, int width) {
        String value = trimToEmpty(s);
        StringBuffer buf = new StringBuffer(value);
        while (buf.length() < width) {
            buf.append(' ');
        }
        return buf.toString();
    }

    public static String digitsOnly(String s) {
        if (s == null) {
            return "";
        }
        StringBuffer buf = new StringBuffer();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                buf.append(c);
            }
        }
        return buf.toString();
    }

    public static boolean isNumeric(String s) {
        return !isEmpty(s) && digitsOnly(s).length() == s.length();
    }

    /** "sw1a1aa" becomes "SW1A 1AA". Returns null when nothing usable was supplied. */
    public static String normalisePostcode(String postcode) {
        String compact = trimToEmpty(postcode).toUpperCase().replaceAll("\\s+", "");
        if (compact.length() < 5) {
            return trimToNull(compact);
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    public static boolean isValidPostcode(String postcode) {
        String normalised = normalisePostcode(postcode);
        return normalised != null && POSTCODE.matcher(normalised).matches();
    }

    public static String capitalise(String name) {
        String t = trimToEmpty(name).toLowerCase();
        StringBuffer buf = new StringBuffer(t.length());
        boolean upperNext = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            buf.append(upperNext ? Character.toUpperCase(c) : c);
            upperNext = c == ' ' || c == '-' || c == '\'';
        }
        return buf.toString();
    }

    public static String join(List values, String separator) {
        StringBuffer buf = new StringBuffer();
        for (Iterator it = values.iterator(); it.hasNext();) {
            buf.append(String.valueOf(it.next()));
            if (it.hasNext()) {
                buf.append(separator);
            }
        }
        return buf.toString();
    }

    public static String escapeHtml(String s) {
        if (s == null) {
            return "";
        }
        StringBuffer buf = new StringBuffer(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<':
                    buf.append("&lt;");
                    break;
                case '>':
                    buf.append("&gt;");
                    break;
                case '&':
                    buf.append("&amp;");
                    break;
                case '"':
                    buf.append("&quot;");
                    break;
                default:
                    buf.append(c);
            }
        }
        return buf.toString();
    }
}
