package com.acme.benefits.model;

import java.io.Serializable;
import java.util.Date;

/**
 * One row of AUDIT_LOG. Every change to a claim or payment is audited
 * (Departmental security standard DSS-17).
 *
 * Change history:
 *   2001-07-02 RK  Created.
 *   2004-11-08 TW  CR-1811 free text detail column.
 */
public class AuditEntry implements Serializable {

    private long auditId;
    private String userId;
    private String action;
    private String entityType;
    private long entityId;
    private String detail;
    private Date timestamp;

    public AuditEntry() {
        this.timestamp = new Date();
    }

    public AuditEntry(String userId, String action, String entityType, long entityId) {
        this(userId, action, entityType, entityId, null);
    }

    public AuditEntry(String userId, String action, String entityType, long entityId, String detail) {
        this();
        this.userId = userId;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = detail;
    }

    public long getAuditId() {
        return auditId;
    }

    public void setAuditId(long auditId) {
        this.auditId = auditId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public long getEntityId() {
        return entityId;
    }

    public void setEntityId(long entityId) {
        this.entityId = entityId;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public Date getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Date timestamp) {
        this.timestamp = timestamp;
    }

    public String toString() {
        return timestamp + " " + userId + " " + action + " " + entityType + ":" + entityId;
    }
}
