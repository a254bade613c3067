package com.acme.benefits.portal.service;

import java.util.Date;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.portal.PortalException;
import com.acme.benefits.portal.config.ConfigKeys;
import com.acme.benefits.portal.config.PortalConfig;
import com.acme.benefits.portal.dao.ChangeReportDao;
import com.acme.benefits.portal.model.ChangeReport;
import com.acme.benefits.portal.model.PortalClaim;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.portal.util.PortalLog;
import com.acme.benefits.service.AuditService;
import com.acme.benefits.service.ServiceLocator;

/**
 * Records changes of circumstances reported through the portal.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2006-11-20 KT  CR-2630 flood control - one claimant sent 400 reports in
 *                  an afternoon and the office work list was unusable.
 */
public class ChangeReportService {

    private static final PortalLog log = PortalLog.getLog(ChangeReportService.class);

    private final ChangeReportDao reportDao;
    private final AuditService auditService;

    public ChangeReportService() {
        this(new ChangeReportDao(), ServiceLocator.getInstance().getAuditService());
    }

    public ChangeReportService(ChangeReportDao reportDao, AuditService auditService) {
        this.reportDao = reportDao;
        this.auditService = auditService;
    }

    public ChangeReport submit(PortalUser user, PortalClaim claim, String category, String details)
            throws BenefitsException {
        Date last = reportDao.findLastSubmitted(user.getId());
        int minInterval = PortalConfig.getInt(ConfigKeys.REPORT_MIN_INTERVAL_SECONDS);
        if (last != null && System.currentTimeMillis() - last.getTime() < minInterval * 1000L) {
            throw new PortalException("report.tooSoon");
        }
        ChangeReport report = new ChangeReport();
        report.setClaimId(claim.getClaimId());
        report.setUserId(user.getId());
        report.setCategory(category);
        report.setDetails(details);
        report.setSubmitted(new Date());
        report.setReportId(reportDao.insert(report));
        if (log.isDebugEnabled()) {
            log.debug("change report " + report.getReportId() + " on claim " + claim.getClaimId());
        }
        auditService.audit(user.getUsername(), "CHANGE_REPORT", "CLAIM", claim.getClaimId(), category);
        return report;
    }
}
