package com.acme.benefits.batch;

import java.util.Date;

import com.acme.benefits.dao.AddressDao;
import com.acme.benefits.dao.AuditLogDao;
import com.acme.benefits.dao.ClaimDao;
import com.acme.benefits.dao.DaoFactory;
import com.acme.benefits.dao.OverpaymentDao;
import com.acme.benefits.dao.PaymentDao;
import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.util.DateUtil;

/**
 * Weekly housekeeping (job BENHSK01, Sundays): archive closed claims,
 * purge old audit rows and cancelled payments, remove orphaned addresses.
 * Retention periods are set by the Departmental records policy.
 *
 * Change history:
 *   2007-11-05 MP  Created (CR-2960).
 *   2009-02-16 AS  CR-3077 orphaned addresses; suspend claims with no address.
 */
public class HousekeepingJob {

    private static final int CLAIM_RETENTION_MONTHS = 24;
    private static final int AUDIT_RETENTION_YEARS = 6;
    private static final int CANCELLED_PAYMENT_RETENTION_YEARS = 2;

    private final DaoFactory daos = DaoFactory.getInstance();
    private final BatchReport report = new BatchReport("BENHSK01 WEEKLY HOUSEKEEPING");

    public static void main(String[] args) {
        HousekeepingJob job = new HousekeepingJob();
        System.exit(job.run(DateUtil.today()));
    }

    public int run(Date today) {
        report.start();
        try {
            ClaimDao claimDao = daos.getClaimDao();
            int archived = claimDao.archiveClosedClaims(DateUtil.addMonths(today, -CLAIM_RETENTION_MONTHS));
            report.info("Claims archived to CLAIM_HISTORY: " + archived);

            int suspended = claimDao.suspendClaimsWithoutAddress();
            report.info("Claims suspended (no address): " + suspended);

            AuditLogDao auditLogDao = daos.getAuditLogDao();
            report.info("Audit rows today before purge: " + auditLogDao.countToday());
            report.info("Audit rows purged: " + auditLogDao.purgeOlderThan(DateUtil.addYears(today, -AUDIT_RETENTION_YEARS)));

            PaymentDao paymentDao = daos.getPaymentDao();
            report.info("Cancelled payments deleted: "
                    + paymentDao.deleteCancelledBefore(DateUtil.addYears(today, -CANCELLED_PAYMENT_RETENTION_YEARS)));

            OverpaymentDao overpaymentDao = daos.getOverpaymentDao();
            report.info("Cleared overpayments deleted: "
                    + overpaymentDao.closeClearedBefore(DateUtil.addYears(today, -AUDIT_RETENTION_YEARS)));

            AddressDao addressDao = daos.getAddressDao();
            report.info("Orphaned addresses deleted: " + addressDao.deleteOrphans());
            report.info("Rows remaining in " + addressDao.getTableName() + ": " + addressDao.countRows());
        } catch (DataAccessException e) {
            report.fatal(e.getMessage());
        }
        report.finish();
        report.print(System.out);
        return report.getErrorCount() == 0 ? NightlyPaymentRun.RC_OK : NightlyPaymentRun.RC_FAILED;
    }
}
