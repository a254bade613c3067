package com.acme.benefits.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Outcome of one eligibility rule. Reasons are printed on the decision letter.
 */
public class RuleResult implements Serializable {

    public static final int PASSED = 0;
    public static final int FAILED = 1;
    public static final int NOT_APPLICABLE = 2;

    private final String ruleId;
    private final int outcome;
    private final List reasons = new ArrayList();

    private RuleResult(String ruleId, int outcome) {
        this.ruleId = ruleId;
        this.outcome = outcome;
    }

    public static RuleResult pass(String ruleId) {
        return new RuleResult(ruleId, PASSED);
    }

    public static RuleResult fail(String ruleId, String reason) {
        return new RuleResult(ruleId, FAILED).addReason(reason);
    }

    public static RuleResult notApplicable(String ruleId) {
        return new RuleResult(ruleId, NOT_APPLICABLE);
    }

    public RuleResult addReason(String reason) {
        if (reason != null) {
            reasons.add(reason);
        }
        return this;
    }

    public boolean isPassed() {
        return outcome == PASSED;
    }

    public boolean isFailed() {
        return outcome == FAILED;
    }

    public boolean isApplicable() {
        return outcome != NOT_APPLICABLE;
    }

    public String getRuleId() {
        return ruleId;
    }

    public List getReasons() {
        return Collections.unmodifiableList(reasons);
    }

    public String getFirstReason() {
        return reasons.isEmpty() ? null : (String) reasons.get(0);
    }

    public String toString() {
        String label = outcome == PASSED ? "PASS" : (outcome == FAILED ? "FAIL" : "N/A");
        return ruleId + " " + label + (reasons.isEmpty() ? "" : " " + reasons);
    }
}
