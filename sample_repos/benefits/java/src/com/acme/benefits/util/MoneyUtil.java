package com.acme.benefits.util;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.Collection;
import java.util.Iterator;

import com.acme.benefits.model.Money;

/**
 * Rounding and conversion of money amounts. All benefit arithmetic rounds
 * half-up to the nearest penny at the END of a calculation, never part way.
 *
 * Change history:
 *   2002-02-11 RK  Created (was in AmountCalculator).
 *   2004-08-23 TW  CR-1702 monthly/weekly conversion for pension credit.
 *   2009-05-05 AS  CR-3120 pro-rata for part weeks.
 */
public final class MoneyUtil {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal WEEKS_IN_YEAR = new BigDecimal("52");
    private static final BigDecimal MONTHS_IN_YEAR = new BigDecimal("12");
    private static final BigDecimal DAYS_IN_WEEK = new BigDecimal("7");

    private MoneyUtil() {
    }

    public static Money roundToPence(double pounds) {
        return roundToPence(BigDecimal.valueOf(pounds));
    }

    public static Money roundToPence(BigDecimal pounds) {
        return new Money(pounds.setScale(2, RoundingMode.HALF_UP));
    }

    public static Money sum(Collection amounts) {
        Money total = Money.ZERO;
        for (Iterator it = amounts.iterator(); it.hasNext();) {
            total = total.add((Money) it.next());
        }
        return total;
    }

    public static Money percentageOf(Money amount, double percent) {
        BigDecimal value = amount.toBigDecimal().multiply(BigDecimal.valueOf(percent));
        return roundToPence(value.divide(HUNDRED, 4, RoundingMode.HALF_UP));
    }

    public static Money weeklyToMonthly(Money weekly) {
        BigDecimal annual = weekly.toBigDecimal().multiply(WEEKS_IN_YEAR);
        return roundToPence(annual.divide(MONTHS_IN_YEAR, 4, RoundingMode.HALF_UP));
    }

    public static Money monthlyToWeekly(Money monthly) {
        BigDecimal annual = monthly.toBigDecimal().multiply(MONTHS_IN_YEAR);
        return roundToPence(annual.divide(WEEKS_IN_YEAR, 4, RoundingMode.HALF_UP));
    }

    /** Amount for part of a week: weekly x days / 7, rounded once. */
    public static Money proRata(Money weekly, int days) {
        BigDecimal value = weekly.toBigDecimal().multiply(new BigDecimal(days));
        return roundToPence(value.divide(DAYS_IN_WEEK, 4, RoundingMode.HALF_UP));
    }

    public static String format(Money amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat fmt = new DecimalFormat("#,##0.00");
        return "GBP " + fmt.format(amount.toBigDecimal());
    }

    /** Accepts "12.50", "1,234.00" or "\u00a312.50" as typed on the input screens. */
    public static Money parse(String text) {
        String cleaned = StringUtil.trimToEmpty(text).replaceAll("[,\u00a3 ]", "");
        if (cleaned.length() == 0) {
            return Money.ZERO;
        }
        return roundToPence(new BigDecimal(cleaned));
    }
}
