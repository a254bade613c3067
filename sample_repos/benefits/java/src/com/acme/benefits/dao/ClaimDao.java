package com.acme.benefits.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.model.Claim;
import com.acme.benefits.model.ClaimStatus;
import com.acme.benefits.model.Money;
import com.acme.benefits.util.DateUtil;

/**
 * Data access for table CLAIM (and CLAIM_HISTORY for archiving).
 *
 * Change history:
 *   2001-05-14 RK  Created.
 *   2003-06-16 JB  CR-1340 extends BaseClaimDao.
 *   2004-09-27 TW  CR-1744 findDueForPayment excludes deceased claimants.
 *   2007-11-05 MP  CR-2960 archive of closed claims to CLAIM_HISTORY.
 *   2009-02-16 AS  CR-3077 suspend claims with no address (returned post).
 */
public class ClaimDao extends BaseClaimDao {

    private static final String FIND_BY_ID = SELECT_CLAIM + " WHERE C.CLAIM_ID = ?";

    private static final String INSERT_CLAIM =
            "INSERT INTO CLAIM (CLAIM_ID, CLAIMANT_ID, BENEFIT_TYPE, STATUS, DATE_RECEIVED, EFFECTIVE_DATE, "
            + "WEEKLY_AMOUNT, LAST_UPDATED) VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT TIMESTAMP)";

    private static final String UPDATE_STATUS =
            "UPDATE CLAIM SET STATUS = ?, ASSESSED_BY = ?, ASSESSED_DATE = CURRENT DATE, "
            + "LAST_UPDATED = CURRENT TIMESTAMP WHERE CLAIM_ID = ?";

    private static final String HISTORY_COLUMNS =
            "CLAIM_ID, CLAIMANT_ID, BENEFIT_TYPE, STATUS, DATE_RECEIVED, EFFECTIVE_DATE, WEEKLY_AMOUNT";

    private static final String ARCHIVE_CLOSED =
            "INSERT INTO CLAIM_HISTORY (" + HISTORY_COLUMNS + ", ARCHIVED_DATE) "
            + "SELECT " + HISTORY_COLUMNS + ", CURRENT DATE FROM CLAIM "
            + "WHERE STATUS IN ('C', 'F') AND LAST_UPDATED < ?";

    private static final String DELETE_ARCHIVED =
            "DELETE FROM CLAIM WHERE STATUS IN ('C', 'F') AND LAST_UPDATED < ? "
            + "AND CLAIM_ID IN (SELECT H.CLAIM_ID FROM CLAIM_HISTORY H)";

    public ClaimDao() {
        super();
    }

    public Claim findById(long claimId) throws DataAccessException {
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            conn = getConnection();
            ps = conn.prepareStatement(FIND_BY_ID);
            ps.setLong(1, claimId);
            rs = ps.executeQuery();
            return rs.next() ? mapClaim(rs) : null;
        } catch (SQLException e) {
            throw wrap("findById", e);
        } finally {
            close(conn, ps, rs);
        }
    }

    /** All claims of one claimant, newest first. Raw List of Claim. */
    public List findByClaimant(long claimantId) throws DataAccessException {
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        List claims = new ArrayList();
        try {
            conn = getConnection();
            ps = conn.prepareStatement("SELECT C.CLAIM_ID, C.CLAIMANT_ID, C.BENEFIT_TYPE, C.STATUS, C.DATE_RECEIVED, "
                    + "C.EFFECTIVE_DATE, C.WEEKLY_AMOUNT, C.ASSESSED_BY, C.ASSESSED_DATE, C.REFUSAL_REASON, "
                    + "C.LAST_PAID_DATE, C.LAST_UPDATED FROM CLAIM C WHERE C.CLAIMANT_ID = ? ORDER BY C.DATE_RECEIVED DESC");
            ps.setLong(1, claimantId);
            rs = ps.executeQuery();
            while (rs.next()) {
                claims.add(mapClaim(rs));
            }
            return claims;
        } catch (SQLException e) {
            throw wrap("findByClaimant", e);
        } finally {
            close(conn, ps, rs);
        }
    }

    public List findByStatus(ClaimStatus status) throws DataAccessException {
        return findClaimsWhere("C.STATUS = ?", new Object[] {status.getCode()});
    }

    /**
     * Awarded claims due a payment on the run date that have not already
     * been paid for that date, for claimants still alive.
     */
    public List findDueForPayment(Date runDate) throws DataAccessException {
        String sql = "SELECT " + CLAIM_COLUMNS
                + " FROM CLAIM C"
                + " JOIN CLAIMANT CL ON CL.CLAIMANT_ID = C.CLAIMANT_ID"
                + " WHERE C.STATUS = 'W'"
                + "   AND C.EFFECTIVE_DATE <= ?"
                + "   AND CL.DATE_OF_DEATH IS NULL"
                + "   AND NOT EXISTS (SELECT 1 FROM PAYMENT P"
                + "                    WHERE P.CLAIM_ID = C.CLAIM_ID"
                + "                      AND P.PAYMENT_DATE = ?"
                + "                      AND P.STATUS <> 'X')"
                + " ORDER BY C.CLAIM_ID";
        java.sql.Date d = DateUtil.toSqlDate(runDate);
        return query(sql, new Object[] {d, d}, claimMapper);
    }

    public long insert(Claim claim) throws DataAccessException {
        long claimId = nextId("CLAIM_SEQ");
        Connection conn = null;
        PreparedStatement ps = null;
        try {
            conn = getConnection();
            ps = conn.prepareStatement(INSERT_CLAIM);
            ps.setLong(1, claimId);
            ps.setLong(2, claim.getClaimant().getClaimantId());
            ps.setString(3, claim.getBenefitType().getCode());
            ps.setString(4, claim.getStatus().getCode());
            ps.setDate(5, DateUtil.toSqlDate(claim.getDateReceived()));
            ps.setDate(6, DateUtil.toSqlDate(claim.getEffectiveDate()));
            ps.setBigDecimal(7, claim.getWeeklyAmount().toBigDecimal());
            ps.executeUpdate();
            log("inserted claim " + claimId);
            return claimId;
        } catch (SQLException e) {
            throw wrap("insert", e);
        } finally {
            close(conn, ps);
        }
    }

    public int updateStatus(long claimId, ClaimStatus status, String user) throws DataAccessException {
        return this.executeUpdate(UPDATE_STATUS, new Object[] {status.getCode(), user, id(claimId)});
    }

    public int updateAmount(long claimId, Money weeklyAmount) throws DataAccessException {
        return executeUpdate("UPDATE CLAIM SET WEEKLY_AMOUNT = ?, LAST_UPDATED = CURRENT TIMESTAMP WHERE CLAIM_ID = ?",
                new Object[] {weeklyAmount, id(claimId)});
    }

    public int updateRefusalReason(long claimId, String reason) throws DataAccessException {
        String trimmed = reason != null && reason.length() > 200 ? reason.substring(0, 200) : reason;
        return executeUpdate("UPDATE CLAIM SET REFUSAL_REASON = ? WHERE CLAIM_ID = ?",
                new Object[] {trimmed, id(claimId)});
    }

    public void recordLastPaid(long claimId, Date paidTo) throws DataAccessException {
        int rows = executeUpdate("UPDATE CLAIM SET LAST_PAID_DATE = ? WHERE CLAIM_ID = ? AND "
                + "(LAST_PAID_DATE IS NULL OR LAST_PAID_DATE < ?)",
                new Object[] {paidTo, id(claimId), paidTo});
        if (rows == 0) {
            log("recordLastPaid: claim " + claimId + " already paid to " + DateUtil.format(paidTo));
        } else {
            touch(claimId);
        }
    }

    /** Copies old closed/refused claims to CLAIM_HISTORY then removes them, in one unit of work. */
    public int archiveClosedClaims(Date cutoff) throws DataAccessException {
        Connection conn = null;
        PreparedStatement copy = null;
        PreparedStatement delete = null;
        try {
            conn = getConnection();
            conn.setAutoCommit(false);
            copy = conn.prepareStatement(ARCHIVE_CLOSED);
            copy.setTimestamp(1, DateUtil.toTimestamp(cutoff));
            int copied = copy.executeUpdate();
            delete = conn.prepareStatement(DELETE_ARCHIVED);
            delete.setTimestamp(1, DateUtil.toTimestamp(cutoff));
            int deleted = delete.executeUpdate();
            if (copied != deleted) {
                rollback(conn);
                throw new DataAccessException("archive mismatch: copied " + copied + " deleted " + deleted);
            }
            conn.commit();
            log("archived " + copied + " claims older than " + DateUtil.format(cutoff));
            return copied;
        } catch (SQLException e) {
            rollback(conn);
            throw wrap("archiveClosedClaims", e);
        } finally {
            close(copy);
            close(conn, delete);
        }
    }

    public int suspendClaimsWithoutAddress() throws DataAccessException {
        Connection conn = null;
        Statement stmt = null;
        try {
            conn = getConnection();
            stmt = conn.createStatement();
            return stmt.executeUpdate("UPDATE CLAIM SET STATUS = 'S', LAST_UPDATED = CURRENT TIMESTAMP "
                    + "WHERE STATUS = 'W' AND CLAIMANT_ID IN "
                    + "(SELECT CLAIMANT_ID FROM CLAIMANT WHERE ADDRESS_ID IS NULL)");
        } catch (SQLException e) {
            throw wrap("suspendClaimsWithoutAddress", e);
        } finally {
            close(conn, stmt);
        }
    }

    protected void log(String message) {
        super.log("ClaimDao: " + message);
    }
}
