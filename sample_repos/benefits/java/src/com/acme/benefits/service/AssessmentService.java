package com.acme.benefits.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.acme.benefits.dao.BenefitRateDao;
import com.acme.benefits.dao.ClaimDao;
import com.acme.benefits.dao.DaoFactory;
import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.model.BenefitRate;
import com.acme.benefits.model.Claim;
import com.acme.benefits.model.ClaimStatus;
import com.acme.benefits.model.Money;
import com.acme.benefits.rules.AmountCalculator;
import com.acme.benefits.rules.RuleEngine;
import com.acme.benefits.rules.RuleResult;
import com.acme.benefits.util.DateUtil;

/**
 * Decides a claim: eligibility rules first, then the weekly amount.
 *
 * Change history:
 *   2002-05-27 RK  Created.
 *   2003-09-01 JB  CR-1399 refusal reason stored.
 *   2012-02-06 AS  CR-3390 decision letter lists failures first (lambda comparator, Java 8 upgrade).
 */
public class AssessmentService {

    private final RuleEngine ruleEngine = RuleEngine.createDefault();
    private final BenefitRateDao rateDao = DaoFactory.getInstance().getBenefitRateDao();
    private final ClaimDao claimDao = DaoFactory.getInstance().getClaimDao();
    private final ClaimService claimService;
    private final AuditService auditService;

    public AssessmentService(ClaimService claimService, AuditService auditService) {
        this.claimService = claimService;
        this.auditService = auditService;
    }

    public AssessmentOutcome assess(long claimId, Date onDate, String user) throws BenefitsException {
        Claim claim = claimService.getClaim(claimId);
        if (claim.getStatus().isFinal()) {
            throw new BenefitsException("Claim " + claimId + " is already " + claim.getStatus().getDescription(),
                    "ERR-FINAL");
        }
        List results = ruleEngine.evaluate(claim, onDate);
        List<RuleResult> ordered = new ArrayList<RuleResult>(results);
        Collections.sort(ordered, (a, b) -> a.isFailed() == b.isFailed()
                ? a.getRuleId().compareTo(b.getRuleId())
                : (a.isFailed() ? -1 : 1));

        AssessmentOutcome outcome = new AssessmentOutcome(claimId, ruleEngine.isEligible(results), ordered);
        if (outcome.isEligible()) {
            Map<String, BenefitRate> rates = rateDao.loadRatesEffectiveOn(onDate);
            AmountCalculator calculator = new AmountCalculator(rates);
            AmountCalculator.Breakdown breakdown = calculator.calculate(claim, onDate);
            outcome.setBreakdown(breakdown);
            if (breakdown.getTotal().isZero()) {
                outcome.refuse("Income and capital exceed the amount the claimant needs to live on");
            }
        }

        if (outcome.isEligible()) {
            claimDao.updateAmount(claimId, outcome.getWeeklyAmount());
            claimDao.updateStatus(claimId, ClaimStatus.AWARDED, user);
        } else {
            claimDao.updateStatus(claimId, ClaimStatus.REFUSED, user);
            claimDao.updateRefusalReason(claimId, outcome.getFirstFailureReason());
        }
        auditService.audit(user, outcome.isEligible() ? "AWARD" : "REFUSE", "CLAIM", claimId,
                outcome.isEligible() ? "weekly " + outcome.getWeeklyAmount() : outcome.getFirstFailureReason());
        return outcome;
    }

    public AssessmentOutcome assess(long claimId, String user) throws BenefitsException {
        return assess(claimId, DateUtil.today(), user);
    }

    /** Recalculation after a change of circumstances: amount only, status unchanged. */
    public Money recalculate(long claimId, Date fromDate, String user) throws BenefitsException {
        Claim claim = claimService.getClaim(claimId);
        Money previous = claim.getWeeklyAmount();
        Money revised = new AmountCalculator(rateDao.loadRatesEffectiveOn(fromDate)).calculateWeeklyAmount(claim, fromDate);
        if (!revised.equals(previous)) {
            claimDao.updateAmount(claimId, revised);
            auditService.audit(user, AuditService.ACTION_UPDATE, "CLAIM", claimId,
                    "weekly amount " + previous + " -> " + revised + " from " + DateUtil.format(fromDate));
        }
        return revised;
    }

    /** Result of an assessment, returned to the screens and the EJB clients. */
    public static class AssessmentOutcome implements java.io.Serializable {

        private final long claimId;
        private boolean eligible;
        private final List<RuleResult> results;
        private final List<String> extraReasons = new ArrayList<String>();
        private transient AmountCalculator.Breakdown breakdown;

        public AssessmentOutcome(long claimId, boolean eligible, List<RuleResult> results) {
            this.claimId = claimId;
            this.eligible = eligible;
            this.results = results;
        }

        void setBreakdown(AmountCalculator.Breakdown breakdown) {
            this.breakdown = breakdown;
        }

        void refuse(String reason) {
            eligible = false;
            extraReasons.add(reason);
        }

        public long getClaimId() {
            return claimId;
        }

        public boolean isEligible() {
            return eligible;
        }

        public List<RuleResult> getResults() {
            return results;
        }

        public AmountCalculator.Breakdown getBreakdown() {
            return breakdown;
        }

        public Money getWeeklyAmount() {
            return breakdown == null ? Money.ZERO : breakdown.getTotal();
        }

        public String getFirstFailureReason() {
            for (RuleResult r : results) {
                if (r.isFailed()) {
                    return r.getFirstReason();
                }
            }
            return extraReasons.isEmpty() ? null : extraReasons.get(0);
        }
    }
}
