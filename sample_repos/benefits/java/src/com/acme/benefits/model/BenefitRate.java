package com.acme.benefits.model;

import java.io.Serializable;
import java.util.Date;

import com.acme.benefits.util.DateUtil;

/**
 * One weekly rate from table BENEFIT_RATE, e.g. JSA / JSA_25PLUS = 65.45
 * from 2010-04-12. Rates are uprated every April.
 *
 * Change history:
 *   2002-02-11 RK  Created.
 *   2007-04-09 MP  CR-2890 effective-to date so old rates stay for backdated claims.
 */
public class BenefitRate implements Serializable {

    private String benefitCode;
    private String rateCode;
    private Money weeklyRate;
    private Date effectiveFrom;
    private Date effectiveTo;

    public BenefitRate() {
    }

    public BenefitRate(String benefitCode, String rateCode, Money weeklyRate, Date effectiveFrom) {
        this.benefitCode = benefitCode;
        this.rateCode = rateCode;
        this.weeklyRate = weeklyRate;
        this.effectiveFrom = effectiveFrom;
    }

    public static String key(String benefitCode, String rateCode) {
        return benefitCode + "/" + rateCode;
    }

    public String getKey() {
        return key(benefitCode, rateCode);
    }

    public boolean isEffectiveOn(Date date) {
        if (effectiveFrom != null && DateUtil.isBefore(date, effectiveFrom)) {
            return false;
        }
        return effectiveTo == null || !DateUtil.isBefore(effectiveTo, date);
    }

    public String getBenefitCode() {
        return benefitCode;
    }

    public void setBenefitCode(String benefitCode) {
        this.benefitCode = benefitCode;
    }

    public String getRateCode() {
        return rateCode;
    }

    public void setRateCode(String rateCode) {
        this.rateCode = rateCode;
    }

    public Money getWeeklyRate() {
        return weeklyRate;
    }

    public void setWeeklyRate(Money weeklyRate) {
        this.weeklyRate = weeklyRate;
    }

    public Date getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(Date effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public Date getEffectiveTo() {
        return effectiveTo;
    }

    public void setEffectiveTo(Date effectiveTo) {
        this.effectiveTo = effectiveTo;
    }
}
