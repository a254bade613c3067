package com.acme.benefits.rules;

import java.util.Date;

import com.acme.benefits.model.BenefitType;
import com.acme.benefits.model.Claim;
import com.acme.benefits.model.Claimant;
import com.acme.benefits.util.BenefitsConstants;

/**
 * Template for eligibility rules: null checks and applicability are handled
 * here, subclasses implement doEvaluate().
 *
 * Change history:
 *   2002-05-20 RK  Created.
 *   2004-01-12 JB  CR-1560 appliesTo() so pension rules skip working-age claims.
 */
public abstract class AbstractEligibilityRule implements EligibilityRule, BenefitsConstants {

    private final String ruleId;
    private final String description;

    protected AbstractEligibilityRule(String ruleId, String description) {
        this.ruleId = ruleId;
        this.description = description;
    }

    protected AbstractEligibilityRule(String ruleId) {
        this(ruleId, ruleId);
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getDescription() {
        return description;
    }

    public boolean appliesTo(BenefitType type) {
        return true;
    }

    public RuleResult evaluate(Claim claim, Date assessmentDate) {
        if (claim == null || claim.getClaimant() == null) {
            return fail("No claimant recorded against the claim");
        }
        if (claim.getBenefitType() == null || !appliesTo(claim.getBenefitType())) {
            return RuleResult.notApplicable(ruleId);
        }
        return doEvaluate(claim, claim.getClaimant(), assessmentDate);
    }

    protected abstract RuleResult doEvaluate(Claim claim, Claimant claimant, Date onDate);

    protected RuleResult pass() {
        return RuleResult.pass(ruleId);
    }

    protected RuleResult fail(String reason) {
        return RuleResult.fail(ruleId, reason);
    }

    public String toString() {
        return ruleId + " (" + description + ")";
    }
}
