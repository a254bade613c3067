package com.acme.benefits.util;

import java.util.Calendar;
import java.util.Date;

/**
 * Works out a claimant's weekly payday from the last two digits of the
 * National Insurance number, spreading the payment load across the week.
 *
 *   00-19 Monday, 20-39 Tuesday, 40-59 Wednesday, 60-79 Thursday, 80-99 Friday
 *
 * Change history:
 *   2002-04-15 RK  Created.
 *   2005-07-18 TW  CR-2088 pension payments always on Monday (policy change).
 */
public final class PaydayCalculator {

    private static final int[] PAYDAYS = {
        Calendar.MONDAY, Calendar.TUESDAY, Calendar.WEDNESDAY, Calendar.THURSDAY, Calendar.FRIDAY
    };

    private PaydayCalculator() {
    }

    public static int paydayFor(String nino) {
        String n = NinoValidator.normalise(nino);
        if (n == null || n.length() < 8 || !StringUtil.isNumeric(n.substring(6, 8))) {
            return Calendar.MONDAY;
        }
        int lastTwo = Integer.parseInt(n.substring(6, 8));
        return PAYDAYS[lastTwo / 20];
    }

    public static int paydayFor(String nino, boolean pensioner) {
        return pensioner ? Calendar.MONDAY : paydayFor(nino);
    }

    public static boolean isPayday(String nino, boolean pensioner, Date runDate) {
        return paydayFor(nino, pensioner) == DateUtil.dayOfWeek(runDate);
    }

    /** First payday on or after the given date. */
    public static Date nextPayday(String nino, boolean pensioner, Date from) {
        int payday = paydayFor(nino, pensioner);
        Date d = from;
        while (DateUtil.dayOfWeek(d) != payday) {
            d = DateUtil.addDays(d, 1);
        }
        return d;
    }
}
