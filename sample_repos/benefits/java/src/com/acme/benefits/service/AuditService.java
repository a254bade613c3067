package com.acme.benefits.service;

import java.util.List;

import com.acme.benefits.dao.AuditLogDao;
import com.acme.benefits.dao.DaoFactory;
import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.model.AuditEntry;
import com.acme.benefits.model.Claim;
import com.acme.benefits.model.ClaimStatus;
import com.acme.benefits.model.Payment;

/**
 * Writes the audit trail. A failure to audit is logged but never stops the
 * business transaction (CR-1502, after the 2003 audit table-space outage).
 *
 * Change history:
 *   2001-07-02 RK  Created.
 *   2003-11-17 JB  CR-1502 swallow and log audit failures.
 */
public class AuditService {

    public static final String ACTION_CREATE = "CREATE";
    public static final String ACTION_UPDATE = "UPDATE";
    public static final String ACTION_STATUS = "STATUS";
    public static final String ACTION_PAY = "PAY";
    public static final String ACTION_VIEW = "VIEW";

    private final AuditLogDao auditLogDao;
    private int failures;

    public AuditService() {
        this(DaoFactory.getInstance().getAuditLogDao());
    }

    public AuditService(AuditLogDao auditLogDao) {
        this.auditLogDao = auditLogDao;
    }

    public void audit(AuditEntry entry) {
        try {
            auditLogDao.write(entry);
        } catch (DataAccessException e) {
            failures++;
            System.err.println("AUDIT FAILURE (" + failures + "): " + entry + " - " + e.getMessage());
        }
    }

    public void audit(String user, String action, String entityType, long entityId) {
        audit(new AuditEntry(user, action, entityType, entityId));
    }

    public void audit(String user, String action, String entityType, long entityId, String detail) {
        audit(new AuditEntry(user, action, entityType, entityId, detail));
    }

    public void audit(String user, String action, Claim claim) {
        audit(user, action, "CLAIM", claim.getClaimId(),
                claim.getBenefitType().getCode() + " status="
                + (claim.getStatus() != null ? claim.getStatus() : ClaimStatus.RECEIVED).getCode());
    }

    public void audit(String user, String action, Payment payment) {
        audit(user, action, "PAYMENT", payment.getPaymentId(),
                "claim=" + payment.getClaimId() + " net=" + payment.getNetAmount() + " ref=" + payment.getReference());
    }

    public List history(String entityType, long entityId) throws DataAccessException {
        return auditLogDao.findByEntity(entityType, entityId);
    }

    public int getFailures() {
        return failures;
    }
}
