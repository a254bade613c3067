package com.acme.benefits.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.Iterator;
import java.util.List;

import com.acme.benefits.model.Claim;
import com.acme.benefits.model.Claimant;
import com.acme.benefits.model.Dependant;
import com.acme.benefits.util.DateUtil;
import com.acme.benefits.util.StringUtil;

/**
 * Runs the eligibility rules against a claim.
 *
 * Change history:
 *   2002-05-20 RK  Created.
 *   2006-09-14 KT  CR-2566 backdating rule added inline.
 *   2007-02-05 MP  CR-2822 duplicate dependant check (double counted child premium).
 */
public class RuleEngine {

    private final List rules = new ArrayList();
    private boolean stopOnFirstFailure;
    private int failureCount;

    public static RuleEngine createDefault() {
        RuleEngine engine = new RuleEngine();
        engine.addRule(new AgeRule())
              .addRule(new PensionAgeRule())
              .addRule(new ResidencyRule())
              .addRule(new CapitalRule())
              .addRule(new IncomeRule())
              .addRule(new DependantRule());

        // CR-2566 KT 2006-09-14 claims cannot be backdated more than three months
        engine.addRule(new AbstractEligibilityRule("R-BKD-01", "Backdating limit") {
            protected RuleResult doEvaluate(Claim claim, Claimant claimant, Date onDate) {
                if (claim.getDateReceived() == null || claim.getEffectiveDate() == null) {
                    return fail("Date of claim not recorded");
                }
                Date earliest = DateUtil.addDays(claim.getDateReceived(), -MAX_BACKDATE_DAYS);
                if (DateUtil.isBefore(claim.getEffectiveDate(), earliest)) {
                    return fail("Claim cannot be backdated before " + DateUtil.format(earliest));
                }
                return pass();
            }
        });

        // CR-2822 MP 2007-02-05 the same child recorded twice doubled the child premium
        engine.addRule(new AbstractEligibilityRule("R-DEP-02", "Each dependant recorded once") {
            protected RuleResult doEvaluate(Claim claim, Claimant claimant, Date onDate) {
                List sorted = new ArrayList(claimant.getDependants());
                Collections.sort(sorted, new Comparator() {
                    public int compare(Object a, Object b) {
                        return dependantKey((Dependant) a).compareTo(dependantKey((Dependant) b));
                    }
                });
                for (int i = 1; i < sorted.size(); i++) {
                    String key = dependantKey((Dependant) sorted.get(i));
                    if (key.equals(dependantKey((Dependant) sorted.get(i - 1)))) {
                        return fail("Dependant recorded more than once: " + key);
                    }
                }
                return pass();
            }

            private String dependantKey(Dependant d) {
                return StringUtil.trimToEmpty(d.getForename()).toUpperCase() + "|"
                        + DateUtil.format(d.getDateOfBirth(), DateUtil.ISO_PATTERN);
            }
        });
        return engine;
    }

    public RuleEngine addRule(EligibilityRule rule) {
        rules.add(rule);
        return this;
    }

    public void setStopOnFirstFailure(boolean stop) {
        this.stopOnFirstFailure = stop;
    }

    public List getRules() {
        return Collections.unmodifiableList(rules);
    }

    /** Returns the applicable results (raw List of RuleResult). */
    public List evaluate(Claim claim, Date onDate) {
        ResultCollector collector = new ResultCollector();
        for (Iterator it = rules.iterator(); it.hasNext();) {
            EligibilityRule rule = (EligibilityRule) it.next();
            RuleResult result;
            try {
                result = rule.evaluate(claim, onDate);
            } catch (RuntimeException e) {
                // a rule blowing up must not award benefit
                result = RuleResult.fail(rule.getRuleId(), "Rule could not be evaluated: " + e);
            }
            collector.collect(result);
            if (stopOnFirstFailure && result.isFailed()) {
                break;
            }
        }
        return collector.getResults();
    }

    public boolean isEligible(List results) {
        for (Iterator it = results.iterator(); it.hasNext();) {
            if (((RuleResult) it.next()).isFailed()) {
                return false;
            }
        }
        return true;
    }

    public int getFailureCount() {
        return failureCount;
    }

    private void logFailure(RuleResult result) {
        failureCount++;
        System.out.println("RuleEngine: " + result);
    }

    /** Inner class: keeps applicable results and reports failures through the engine. */
    private class ResultCollector {

        private final List results = new ArrayList();

        void collect(RuleResult result) {
            if (!result.isApplicable()) {
                return;
            }
            results.add(result);
            if (result.isFailed()) {
                logFailure(result);
            }
        }

        List getResults() {
            return results;
        }
    }
}
