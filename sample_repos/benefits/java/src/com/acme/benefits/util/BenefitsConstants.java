package com.acme.benefits.util;

/**
 * Shared constants for the benefits system. Classes "implement" this
 * interface to pick the constants up unqualified (pre Java 5 habit).
 *
 * Change history:
 *   2001-06-04 RK  Created (constants moved out of ClaimBean).
 *   2003-04-11 JB  CR-1234 capital upper limit raised to 16000 (was 8000).
 *   2006-09-14 KT  CR-2566 backdating limit.
 *   2007-03-02 MP  CR-2871 state pension age parameterised.
 *   2010-11-19 AS  CR-3302 SPA is 66 for new claims.
 */
public interface BenefitsConstants {

    int STATE_PENSION_AGE = 66;
    int MINIMUM_CLAIM_AGE = 16;
    int JSA_MINIMUM_AGE = 18;
    int HIGHER_RATE_AGE = 25;
    int CHILD_AGE_LIMIT = 16;
    int QUALIFYING_YOUNG_PERSON_LIMIT = 20;
    int LONE_PARENT_CHILD_AGE_LIMIT = 5;

    /** Hours per week at which a claimant is in "remunerative work". */
    int REMUNERATIVE_WORK_HOURS = 16;
    int PARTNER_REMUNERATIVE_WORK_HOURS = 24;

    long CAPITAL_UPPER_LIMIT_PENCE = 1600000L;
    long CAPITAL_LOWER_LIMIT_PENCE = 600000L;
    long PENSION_CAPITAL_LOWER_LIMIT_PENCE = 1000000L;
    long TARIFF_STEP_PENCE = 25000L;
    long PENSION_TARIFF_STEP_PENCE = 50000L;

    long EARNINGS_DISREGARD_SINGLE_PENCE = 500L;
    long EARNINGS_DISREGARD_COUPLE_PENCE = 1000L;
    long EARNINGS_DISREGARD_HIGHER_PENCE = 2000L;
    long CARERS_EARNINGS_LIMIT_PENCE = 10000L;

    double STANDARD_TAPER = 1.0d;

    /** Weekly amounts below this are not paid (regulation 26(4)). */
    long MINIMUM_PAYMENT_PENCE = 10L;

    int MAX_BACKDATE_DAYS = 91;
    int WEEKS_PER_YEAR = 52;

    String SYSTEM_USER = "BATCH01";
}
