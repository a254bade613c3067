package com.acme.benefits.util;

import java.sql.Timestamp;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;

/**
 * Static date helpers. java.util.Date / Calendar only - this code pre-dates
 * java.time by a long way and has to run on the 1.4 JVM in the batch region.
 *
 * Change history:
 *   2001-05-02 RK  Created.
 *   2002-11-18 JB  CR-1150 ageOn() was a day out on leap-year birthdays.
 *   2004-06-09 TW  CR-1655 working day helpers for BACS.
 *   2008-12-01 MP  CR-3010 fixed bank holidays table (Christmas / New Year).
 */
public final class DateUtil {

    public static final String DISPLAY_PATTERN = "dd/MM/yyyy";
    public static final String ISO_PATTERN = "yyyy-MM-dd";

    private static final long MILLIS_PER_DAY = 24L * 60L * 60L * 1000L;

    private DateUtil() {
    }

    public static Date today() {
        Calendar cal = Calendar.getInstance();
        truncate(cal);
        return cal.getTime();
    }

    public static Date date(int year, int month, int day) {
        Calendar cal = Calendar.getInstance();
        cal.clear();
        cal.set(year, month - 1, day);
        return cal.getTime();
    }

    /**
     * Age in whole years on the given date. A person born on 29 February
     * attains a birthday on 1 March in a non leap year (CR-1150).
     */
    public static int ageOn(Date dateOfBirth, Date onDate) {
        if (dateOfBirth == null || onDate == null) {
            throw new IllegalArgumentException("date of birth and reference date are required");
        }
        Calendar birth = toCalendar(dateOfBirth);
        Calendar on = toCalendar(onDate);
        int age = on.get(Calendar.YEAR) - birth.get(Calendar.YEAR);
        int onMonth = on.get(Calendar.MONTH);
        int birthMonth = birth.get(Calendar.MONTH);
        if (onMonth < birthMonth
                || (onMonth == birthMonth && on.get(Calendar.DAY_OF_MONTH) < birth.get(Calendar.DAY_OF_MONTH))) {
            age--;
        }
        return age;
    }

    public static Date addDays(Date date, int days) {
        Calendar cal = toCalendar(date);
        cal.add(Calendar.DAY_OF_MONTH, days);
        return cal.getTime();
    }

    public static Date addWeeks(Date date, int weeks) {
        return addDays(date, weeks * 7);
    }

    public static Date addMonths(Date date, int months) {
        Calendar cal = toCalendar(date);
        cal.add(Calendar.MONTH, months);
        return cal.getTime();
    }

    public static Date addYears(Date date, int years) {
        Calendar cal = toCalendar(date);
        cal.add(Calendar.YEAR, years);
        return cal.getTime();
    }

    /** Whole days from one date to another. The extra hour copes with BST changes. */
    public static long daysBetween(Date from, Date to) {
        return (truncate(to).getTime() - truncate(from).getTime() + 3600000L) / MILLIS_PER_DAY;
    }

    public static int weeksBetween(Date from, Date to) {
        return (int) (daysBetween(from, to) / 7L);
    }

    public static boolean isBefore(Date a, Date b) {
        return truncate(a).getTime() < truncate(b).getTime();
    }

    public static boolean isOnOrAfter(Date a, Date b) {
        return !isBefore(a, b);
    }

    public static int dayOfWeek(Date date) {
        return toCalendar(date).get(Calendar.DAY_OF_WEEK);
    }

    public static boolean isWeekend(Date date) {
        int dow = dayOfWeek(date);
        return dow == Calendar.SATURDAY || dow == Calendar.SUNDAY;
    }

    /** Fixed-date bank holidays only; moveable ones come from the BACS calendar file. */
    public static boolean isBankHoliday(Date date) {
        Calendar cal = toCalendar(date);
        int month = cal.get(Calendar.MONTH);
        int day = cal.get(Calendar.DAY_OF_MONTH);
        return (month == Calendar.DECEMBER && (day == 25 || day == 26))
                || (month == Calendar.JANUARY && day == 1);
    }

    public static boolean isWorkingDay(Date date) {
        return !isWeekend(date) && !isBankHoliday(date);
    }

    public static Date previousWorkingDay(Date date) {
        Date d = date;
        while (!isWorkingDay(d)) {
            d = addDays(d, -1);
        }
        return d;
    }

    public static Date addWorkingDays(Date date, int days) {
        Date d = date;
        int step = days < 0 ? -1 : 1;
        int remaining = Math.abs(days);
        while (remaining > 0) {
            d = addDays(d, step);
            if (isWorkingDay(d)) {
                remaining--;
            }
        }
        return d;
    }

    public static String format(Date date) {
        return format(date, DISPLAY_PATTERN);
    }

    public static String format(Date date, String pattern) {
        if (date == null) {
            return "";
        }
        return new SimpleDateFormat(pattern).format(date);
    }

    public static Date parse(String text) throws ParseException {
        return parse(text, DISPLAY_PATTERN);
    }

    public static Date parse(String text, String pattern) throws ParseException {
        if (text == null) {
            throw new ParseException("null date", 0);
        }
        SimpleDateFormat fmt = new SimpleDateFormat(pattern);
        fmt.setLenient(false);
        return fmt.parse(text.trim());
    }

    public static boolean isValidDate(String text) {
        try {
            parse(text);
            return true;
        } catch (ParseException e) {
            return false;
        }
    }

    public static java.sql.Date toSqlDate(Date date) {
        return date == null ? null : new java.sql.Date(date.getTime());
    }

    public static Timestamp toTimestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    public static Timestamp now() {
        return new Timestamp(System.currentTimeMillis());
    }

    private static Date truncate(Date date) {
        Calendar cal = toCalendar(date);
        truncate(cal);
        return cal.getTime();
    }

    private static void truncate(Calendar cal) {
        cal.set(Calendar.HOUR_OF_DAY, 0);
        cal.set(Calendar.MINUTE, 0);
        cal.set(Calendar.SECOND, 0);
        cal.set(Calendar.MILLISECOND, 0);
    }

    private static Calendar toCalendar(Date date) {
        Calendar cal = Calendar.getInstance();
        cal.setTime(date);
        return cal;
    }
}
