package com.acme.benefits.batch;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.acme.benefits.dao.BenefitRateDao;
import com.acme.benefits.dao.DaoFactory;
import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.model.BenefitRate;
import com.acme.benefits.model.BenefitType;
import com.acme.benefits.model.Money;
import com.acme.benefits.service.AuditService;
import com.acme.benefits.service.ServiceLocator;
import com.acme.benefits.util.BenefitsConstants;
import com.acme.benefits.util.DateUtil;
import com.acme.benefits.util.MoneyUtil;

/**
 * Annual uprating of benefit rates (job BENUPR01, run in March for the
 * first week of April):
 *
 *   java com.acme.benefits.batch.UpratingJob yyyy-MM-dd percent [-commit]
 *
 * Without -commit the new rates are only printed for checking against the
 * uprating order.
 *
 * Change history:
 *   2007-04-09 MP  Created (CR-2890).
 *   2011-03-14 AS  CR-3340 State Pension uprated by at least 2.5% ("triple lock").
 */
public class UpratingJob {

    private static final BigDecimal STATE_PENSION_FLOOR_PERCENT = new BigDecimal("2.5");

    /** Rate keys frozen by ministerial decision - never uprated by this job. */
    private static final Set FROZEN_RATES = loadFrozenRates();

    private final BenefitRateDao rateDao = DaoFactory.getInstance().getBenefitRateDao();
    private final AuditService auditService = ServiceLocator.getInstance().getAuditService();
    private final BatchReport report = new BatchReport("BENUPR01 ANNUAL UPRATING");

    private static Set loadFrozenRates() {
        Set frozen = new HashSet();
        frozen.add(BenefitRate.key(BenefitType.INCOME_SUPPORT.getCode(), "FAMILY_PREM"));
        frozen.add(BenefitRate.key(BenefitType.JOBSEEKERS_ALLOWANCE.getCode(), "FAMILY_PREM"));
        String extra = System.getProperty("benefits.uprating.frozen");
        if (extra != null) {
            String[] keys = extra.split(",");
            for (int i = 0; i < keys.length; i++) {
                frozen.add(keys[i].trim());
            }
        }
        return frozen;
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: UpratingJob yyyy-MM-dd percent [-commit]");
            System.exit(NightlyPaymentRun.RC_FAILED);
        }
        Date effectiveFrom = null;
        try {
            effectiveFrom = DateUtil.parse(args[0], DateUtil.ISO_PATTERN);
        } catch (ParseException e) {
            System.err.println("BENUPR01 invalid date " + args[0]);
            System.exit(NightlyPaymentRun.RC_FAILED);
        }
        boolean commit = args.length > 2 && "-commit".equals(args[2]);
        System.exit(new UpratingJob().uprate(effectiveFrom, new BigDecimal(args[1]), commit));
    }

    public int uprate(Date effectiveFrom, BigDecimal percent, boolean commit) {
        report.start();
        try {
            Map<String, BenefitRate> current = rateDao.loadRatesEffectiveOn(DateUtil.addDays(effectiveFrom, -1));
            List<BenefitRate> ordered = new ArrayList<BenefitRate>(current.values());
            Collections.sort(ordered, (r1, r2) -> r1.getKey().compareTo(r2.getKey()));
            for (BenefitRate rate : ordered) {
                if (FROZEN_RATES.contains(rate.getKey())) {
                    report.info("FROZEN " + rate.getKey() + " stays at " + MoneyUtil.format(rate.getWeeklyRate()));
                    continue;
                }
                Money newRate = upratedAmount(rate, percent);
                report.info(rate.getKey() + " " + MoneyUtil.format(rate.getWeeklyRate()) + " -> "
                        + MoneyUtil.format(newRate));
                if (commit) {
                    rateDao.uprate(rate.getBenefitCode(), rate.getRateCode(), newRate, effectiveFrom);
                }
            }
            if (commit) {
                auditService.audit(BenefitsConstants.SYSTEM_USER, "UPRATE", "BENEFIT_RATE", 0L,
                        ordered.size() + " rates uprated by " + percent + "% from " + DateUtil.format(effectiveFrom));
            }
        } catch (DataAccessException e) {
            report.fatal(e.getMessage());
        }
        report.finish();
        report.print(System.out);
        return report.getErrorCount() == 0 ? NightlyPaymentRun.RC_OK : NightlyPaymentRun.RC_FAILED;
    }

    /** New weekly rate, rounded to the penny; State Pension gets at least the 2.5% floor. */
    Money upratedAmount(BenefitRate rate, BigDecimal percent) {
        BigDecimal pct = percent;
        if (BenefitType.STATE_PENSION.getCode().equals(rate.getBenefitCode())) {
            pct = pct.max(STATE_PENSION_FLOOR_PERCENT);
        }
        BigDecimal factor = BigDecimal.ONE.add(pct.movePointLeft(2));
        return MoneyUtil.roundToPence(rate.getWeeklyRate().multiply(factor).toBigDecimal());
    }
}
