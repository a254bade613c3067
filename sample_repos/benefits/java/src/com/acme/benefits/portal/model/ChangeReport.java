package com.acme.benefits.portal.model;

import java.io.Serializable;
import java.util.Date;

/**
 * A change of circumstances reported by a claimant on line (table
 * CHANGE_REPORT). A caseworker picks it up from the office work list.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 */
public class ChangeReport implements Serializable {

    public static final String ADDRESS = "ADDRESS";
    public static final String EARNINGS = "EARNINGS";
    public static final String HOUSEHOLD = "HOUSEHOLD";
    public static final String CAPITAL = "CAPITAL";
    public static final String OTHER = "OTHER";

    private long reportId;
    private long claimId;
    private long userId;
    private String category;
    private String details;
    private Date submitted;

    public long getReportId() {
        return reportId;
    }

    public void setReportId(long reportId) {
        this.reportId = reportId;
    }

    public long getClaimId() {
        return claimId;
    }

    public void setClaimId(long claimId) {
        this.claimId = claimId;
    }

    public long getUserId() {
        return userId;
    }

    public void setUserId(long userId) {
        this.userId = userId;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public Date getSubmitted() {
        return submitted;
    }

    public void setSubmitted(Date submitted) {
        this.submitted = submitted;
    }
}
