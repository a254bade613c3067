package com.acme.benefits.rules;

import static com.acme.benefits.util.MoneyUtil.roundToPence;

import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.acme.benefits.model.*;
import com.acme.benefits.util.BenefitsConstants;
import com.acme.benefits.util.DateUtil;
import com.acme.benefits.util.MoneyUtil;
import com.acme.benefits.util.StringUtil;

/**
 * Weekly amount of an award:
 *
 *   personal allowance
 * + premiums (family, disabled child, disability, carer)
 * - tariff income from capital (1.00 for every 250.00 or part above 6,000;
 *   Pension Credit 1.00 per 500.00 above 10,000)
 * - earnings after disregard (taper)
 * = weekly amount, rounded to the penny; under 10p is not paid.
 *
 * Change history:
 *   2002-02-11 RK  Created.
 *   2003-04-11 JB  CR-1234 tariff income bands.
 *   2005-09-12 TW  CR-2150 typed rate map, switch on benefit type.
 *   2009-05-05 AS  CR-3120 pro-rata first payment for part weeks.
 */
public class AmountCalculator implements BenefitsConstants {

    private final Map<String, BenefitRate> rates;
    private final EarningsTaper taper;

    public AmountCalculator(Map<String, BenefitRate> rates) {
        this(rates, new EarningsTaper());
    }

    public AmountCalculator(Map<String, BenefitRate> rates, EarningsTaper taper) {
        this.rates = rates;
        this.taper = taper;
    }

    public Money calculateWeeklyAmount(Claim claim, Date onDate) {
        return calculate(claim, onDate).getTotal();
    }

    public Breakdown calculate(Claim claim, Date onDate) {
        Breakdown breakdown = new Breakdown(claim, onDate);
        breakdown.build();
        return breakdown;
    }

    protected Money rate(String benefitCode, String rateCode) {
        BenefitRate r = rates.get(BenefitRate.key(benefitCode, rateCode));
        if (r == null) {
            throw new IllegalStateException("No rate held for " + benefitCode + "/" + rateCode);
        }
        return r.getWeeklyRate();
    }

    protected Money rateOrZero(String benefitCode, String rateCode) {
        String key = BenefitRate.key(benefitCode, rateCode);
        return rates.containsKey(key) ? rates.get(key).getWeeklyRate() : Money.ZERO;
    }

    /** Tariff income: 1.00 a week for each complete or part step above the lower limit. */
    public Money tariffIncome(Money capital, BenefitType type) {
        long excess = capital.getPence() - type.capitalLowerLimitPence();
        if (excess <= 0L) {
            return Money.ZERO;
        }
        long step = type.tariffStepPence();
        long steps = (excess + step - 1L) / step;
        return Money.ofPence(steps * 100L);
    }

    /** First payment covering less than a full week is paid pro rata. */
    public Money proRataFirstPayment(Claim claim, Date periodEnd) {
        class PartWeek {
            private final int days;

            PartWeek(Date from, Date to) {
                this.days = (int) DateUtil.daysBetween(from, to) + 1;
            }

            Money apply(Money weekly) {
                return days >= 7 ? weekly : MoneyUtil.proRata(weekly, days);
            }
        }
        PartWeek partWeek = new PartWeek(claim.getEffectiveDate(), periodEnd);
        return partWeek.apply(claim.getWeeklyAmount());
    }

    /**
     * Itemised calculation for the award notice. Inner class: uses the
     * calculator's rates, taper and helper methods directly.
     */
    public class Breakdown {

        private final Claim claim;
        private final Date onDate;
        private final List<String> lines = new ArrayList<String>();
        private Money personalAllowance = Money.ZERO;
        private Money premiums = Money.ZERO;
        private Money deductions = Money.ZERO;
        private Money total = Money.ZERO;

        Breakdown(Claim claim, Date onDate) {
            this.claim = claim;
            this.onDate = onDate;
        }

        void build() {
            Claimant claimant = claim.getClaimant();
            BenefitType type = claim.getBenefitType();
            personalAllowance = rate(type.getCode(), type.rateCode(claimant, onDate));
            addLine("Personal allowance", personalAllowance);

            switch (type) {
                case INCOME_SUPPORT:
                case JOBSEEKERS_ALLOWANCE:
                    premiums = premiums.add(familyPremiums(claimant)).add(personalPremiums(claimant));
                    break;
                case PENSION_CREDIT:
                    premiums = premiums.add(pensionAdditions(claimant));
                    break;
                default:
                    break;
            }

            if (type.isMeansTested()) {
                Money tariff = tariffIncome(claimant.getHouseholdCapital(), type);
                if (tariff.isPositive()) {
                    addLine("Less tariff income from capital", tariff.negate());
                }
                Money earnings = taper.countableEarnings(claimant, type);
                if (earnings.isPositive()) {
                    addLine("Less earnings after disregard", earnings.negate());
                }
                deductions = tariff.add(earnings);
            }

            Money gross = personalAllowance.add(premiums).subtract(deductions);
            total = roundToPence(gross.toBigDecimal()).floorAtZero();
            if (total.getPence() < MINIMUM_PAYMENT_PENCE) {
                total = Money.ZERO;
            }
            addLine("Weekly amount", total);
        }

        private Money familyPremiums(Claimant claimant) {
            Money sum = Money.ZERO;
            String benefit = claim.getBenefitType().getCode();
            List children = claimant.getChildrenOn(onDate);
            for (Iterator it = children.iterator(); it.hasNext();) {
                Dependant child = (Dependant) it.next();
                Money childRate = rateOrZero(benefit, child.isDisabled() ? "DEP_CHILD_DIS" : "DEP_CHILD");
                addLine("Child allowance " + StringUtil.capitalise(child.getForename()), childRate);
                sum = sum.add(childRate);
            }
            if (!children.isEmpty()) {
                Money family = rateOrZero(benefit, "FAMILY_PREM");
                addLine("Family premium", family);
                sum = sum.add(family);
            }
            return sum;
        }

        private Money personalPremiums(Claimant claimant) {
            String benefit = claim.getBenefitType().getCode();
            Money sum = Money.ZERO;
            if (claimant.isDisabled()) {
                Money disability = rateOrZero(benefit, claimant.hasPartner() ? "DIS_PREM_CPL" : "DIS_PREM_SGL");
                addLine("Disability premium", disability);
                sum = sum.add(disability);
            }
            if (claimant.isCarer()) {
                Money carer = rateOrZero(benefit, "CARER_PREM");
                addLine("Carer premium", carer);
                sum = sum.add(carer);
            }
            return sum;
        }

        private Money pensionAdditions(Claimant claimant) {
            Money sum = Money.ZERO;
            if (claimant.isDisabled() && !claimant.hasPartner()) {
                Money severe = rateOrZero("PC", "SEVERE_DIS_ADD");
                addLine("Severe disability addition", severe);
                sum = sum.add(severe);
            }
            if (claimant.isCarer()) {
                Money carer = rateOrZero("PC", "CARER_ADD");
                addLine("Carer addition", carer);
                sum = sum.add(carer);
            }
            return sum;
        }

        private void addLine(String label, Money amount) {
            lines.add(StringUtil.padRight(label, 36) + StringUtil.padLeft(MoneyUtil.format(amount), 14));
        }

        public Money getPersonalAllowance() {
            return personalAllowance;
        }

        public Money getPremiums() {
            return premiums;
        }

        public Money getDeductions() {
            return deductions;
        }

        public Money getTotal() {
            return total;
        }

        public List<String> getLines() {
            return lines;
        }
    }
}
