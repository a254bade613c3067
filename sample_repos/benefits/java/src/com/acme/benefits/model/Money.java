package com.acme.benefits.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Immutable sterling amount held in pence. Never use double for money -
 * see the 2002 rounding incident (CR-1090).
 *
 * Change history:
 *   2002-02-11 RK  Created, replacing double amounts throughout.
 *   2002-03-04 RK  CR-1090 BigDecimal constructor rounds half-up.
 *   2005-11-30 TW  CR-2245 multiply(BigDecimal) for uprating factors.
 */
public final class Money implements Serializable, Comparable {

    public static final Money ZERO = new Money(0L);

    private final long pence;

    public Money(long pence) {
        this.pence = pence;
    }

    public Money(int pounds, int pence) {
        this((long) pounds * 100L + (pounds < 0 ? -pence : pence));
    }

    public Money(BigDecimal pounds) {
        this(pounds.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValue());
    }

    public Money(String pounds) {
        this(new BigDecimal(pounds.trim()));
    }

    public static Money ofPence(long pence) {
        return pence == 0L ? ZERO : new Money(pence);
    }

    public long getPence() {
        return pence;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(pence, 2);
    }

    public Money add(Money other) {
        return new Money(pence + other.pence);
    }

    public Money subtract(Money other) {
        return new Money(pence - other.pence);
    }

    public Money multiply(int factor) {
        return new Money(pence * factor);
    }

    public Money multiply(double factor) {
        return multiply(BigDecimal.valueOf(factor));
    }

    public Money multiply(BigDecimal factor) {
        return new Money(toBigDecimal().multiply(factor));
    }

    public Money divide(int divisor) {
        return new Money(toBigDecimal().divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_UP));
    }

    public Money negate() {
        return new Money(-pence);
    }

    public boolean isZero() {
        return pence == 0L;
    }

    public boolean isNegative() {
        return pence < 0L;
    }

    public boolean isPositive() {
        return pence > 0L;
    }

    public boolean isGreaterThan(Money other) {
        return pence > other.pence;
    }

    public boolean isLessThan(Money other) {
        return pence < other.pence;
    }

    public Money max(Money other) {
        return isLessThan(other) ? other : this;
    }

    public Money min(Money other) {
        return isGreaterThan(other) ? other : this;
    }

    public Money floorAtZero() {
        return isNegative() ? ZERO : this;
    }

    public int compareTo(Object o) {
        long other = ((Money) o).pence;
        return pence < other ? -1 : (pence == other ? 0 : 1);
    }

    public boolean equals(Object o) {
        return o instanceof Money && ((Money) o).pence == pence;
    }

    public int hashCode() {
        return (int) (pence ^ (pence >>> 32));
    }

    public String toString() {
        return toBigDecimal().toString();
    }
}
