package com.acme.benefits.rules;

import java.util.Date;

import com.acme.benefits.model.BenefitType;
import com.acme.benefits.model.Claim;

/**
 * One condition of entitlement. Rules are evaluated by RuleEngine in the
 * order they were added; every applicable rule must pass for an award.
 *
 * Change history:
 *   2002-05-20 RK  Created (replaced the 900-line EligibilityBean.check()).
 */
public interface EligibilityRule {

    String getRuleId();

    String getDescription();

    boolean appliesTo(BenefitType type);

    RuleResult evaluate(Claim claim, Date assessmentDate);
}
