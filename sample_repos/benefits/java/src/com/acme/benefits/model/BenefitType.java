package com.acme.benefits.model;

import java.util.Date;

import com.acme.benefits.util.BenefitsConstants;

/**
 * Benefits administered by the system. Each constant knows which rate code
 * applies to a claimant; the rates themselves live in BENEFIT_RATE.
 *
 * Change history:
 *   2005-09-12 TW  CR-2150 converted from BenefitTypeCodes constants class.
 *   2008-10-06 MP  CR-3002 pension credit has no upper capital limit.
 *   2009-04-06 AS  CR-3101 JSA under-25 rate split out.
 */
public enum BenefitType implements BenefitsConstants {

    STATE_PENSION("SP", "State Pension", STATE_PENSION_AGE, false) {
        public String rateCode(Claimant claimant, Date onDate) {
            return "SP_BASIC";
        }

        public boolean isPayableAbroad() {
            return true;
        }
    },

    PENSION_CREDIT("PC", "Pension Credit", STATE_PENSION_AGE, true) {
        public String rateCode(Claimant claimant, Date onDate) {
            return claimant.hasPartner() ? "PC_GC_CPL" : "PC_GC_SGL";
        }

        public long capitalUpperLimitPence() {
            return Long.MAX_VALUE;
        }

        public long capitalLowerLimitPence() {
            return PENSION_CAPITAL_LOWER_LIMIT_PENCE;
        }

        public long tariffStepPence() {
            return PENSION_TARIFF_STEP_PENCE;
        }
    },

    JOBSEEKERS_ALLOWANCE("JSA", "Jobseeker's Allowance (income-based)", JSA_MINIMUM_AGE, true) {
        public String rateCode(Claimant claimant, Date onDate) {
            if (claimant.hasPartner()) {
                return "JSA_CPL";
            }
            return claimant.getAgeOn(onDate) < HIGHER_RATE_AGE ? "JSA_U25" : "JSA_25PLUS";
        }
    },

    INCOME_SUPPORT("IS", "Income Support", MINIMUM_CLAIM_AGE, true) {
        public String rateCode(Claimant claimant, Date onDate) {
            if (claimant.hasPartner()) {
                return "IS_CPL";
            }
            if (claimant.isLoneParentOn(onDate)) {
                return claimant.getAgeOn(onDate) < 18 ? "IS_LP_U18" : "IS_LP";
            }
            return claimant.getAgeOn(onDate) < HIGHER_RATE_AGE ? "IS_U25" : "IS_25PLUS";
        }
    },

    CARERS_ALLOWANCE("CA", "Carer's Allowance", MINIMUM_CLAIM_AGE, false) {
        public String rateCode(Claimant claimant, Date onDate) {
            return "CA_STD";
        }
    };

    private final String code;
    private final String description;
    private final int minimumAge;
    private final boolean meansTested;

    BenefitType(String code, String description, int minimumAge, boolean meansTested) {
        this.code = code;
        this.description = description;
        this.minimumAge = minimumAge;
        this.meansTested = meansTested;
    }

    /** BENEFIT_RATE.RATE_CODE of the personal allowance for this claimant. */
    public abstract String rateCode(Claimant claimant, Date onDate);

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    public int getMinimumAge() {
        return minimumAge;
    }

    public boolean isMeansTested() {
        return meansTested;
    }

    public boolean isPensionAge() {
        return minimumAge >= STATE_PENSION_AGE;
    }

    public boolean isPayableAbroad() {
        return false;
    }

    public long capitalUpperLimitPence() {
        return meansTested ? CAPITAL_UPPER_LIMIT_PENCE : Long.MAX_VALUE;
    }

    public long capitalLowerLimitPence() {
        return CAPITAL_LOWER_LIMIT_PENCE;
    }

    public long tariffStepPence() {
        return TARIFF_STEP_PENCE;
    }

    public static BenefitType fromCode(String code) {
        BenefitType[] all = values();
        for (int i = 0; i < all.length; i++) {
            if (all[i].getCode().equals(code)) {
                return all[i];
            }
        }
        throw new IllegalArgumentException("Unknown benefit type: " + code);
    }
}
