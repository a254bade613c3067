package com.acme.benefits.portal.dao;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;

import com.acme.benefits.dao.AbstractDao;
import com.acme.benefits.dao.RowMapper;
import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.portal.model.ChangeReport;

/**
 * Data access for table CHANGE_REPORT.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2006-11-20 KT  CR-2630 findLastSubmitted for the flood control.
 */
public class ChangeReportDao extends AbstractDao {

    public ChangeReportDao() {
        super("CHANGE_REPORT");
    }

    /** When the user last sent a report, or null if never. */
    public Date findLastSubmitted(long userId) throws DataAccessException {
        return (Date) queryForObject("SELECT MAX(SUBMITTED) AS LAST_SUBMITTED FROM CHANGE_REPORT WHERE USER_ID = ?",
                new Object[] {id(userId)}, new RowMapper() {
                    public Object mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return rs.getTimestamp("LAST_SUBMITTED");
                    }
                });
    }

    public long insert(ChangeReport report) throws DataAccessException {
        long reportId = nextId("CHANGE_REPORT_SEQ");
        executeUpdate("INSERT INTO CHANGE_REPORT (REPORT_ID, CLAIM_ID, USER_ID, CATEGORY, DETAILS, SUBMITTED) "
                + "VALUES (?, ?, ?, ?, ?, CURRENT TIMESTAMP)",
                new Object[] {id(reportId), id(report.getClaimId()), id(report.getUserId()), report.getCategory(),
                        report.getDetails()});
        return reportId;
    }
}
