package com.acme.benefits.dao;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.model.Money;
import com.acme.benefits.model.Overpayment;
import com.acme.benefits.util.DateUtil;

/**
 * Data access for table OVERPAYMENT. Extends BaseClaimDao because the debt
 * management screens list the claims that carry debts.
 *
 * Change history:
 *   2003-02-10 JB  Created (CR-1195).
 *   2006-05-30 KT  CR-2444 recordRecovery decrements OUTSTANDING in SQL.
 */
public class OverpaymentDao extends BaseClaimDao {

    private static final String OP_COLUMNS =
            "OVERPAYMENT_ID, CLAIM_ID, AMOUNT, OUTSTANDING, REASON_CODE, DATE_IDENTIFIED, "
            + "PERIOD_FROM, PERIOD_TO, STATUS, WEEKLY_RECOVERY";
    private static final String SELECT_OP = "SELECT " + OP_COLUMNS + " FROM OVERPAYMENT";
    private static final String FIND_OUTSTANDING = SELECT_OP
            + " WHERE CLAIM_ID = ? AND OUTSTANDING > 0 AND STATUS IN ('O', 'R') ORDER BY DATE_IDENTIFIED";
    private static final String INSERT_OP =
            "INSERT INTO OVERPAYMENT (" + OP_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String RECORD_RECOVERY =
            "UPDATE OVERPAYMENT SET OUTSTANDING = OUTSTANDING - ?, "
            + "STATUS = CASE WHEN OUTSTANDING - ? <= 0 THEN 'C' ELSE 'R' END "
            + "WHERE OVERPAYMENT_ID = ?";

    private final RowMapper overpaymentMapper = new RowMapper() {
        public Object mapRow(ResultSet rs, int rowNum) throws SQLException {
            Overpayment op = new Overpayment();
            op.setOverpaymentId(rs.getLong("OVERPAYMENT_ID"));
            op.setClaimId(rs.getLong("CLAIM_ID"));
            op.setAmount(getMoney(rs, "AMOUNT"));
            op.setOutstanding(getMoney(rs, "OUTSTANDING"));
            op.setReasonCode(rs.getString("REASON_CODE"));
            op.setDateIdentified(rs.getDate("DATE_IDENTIFIED"));
            op.setPeriodFrom(rs.getDate("PERIOD_FROM"));
            op.setPeriodTo(rs.getDate("PERIOD_TO"));
            op.setStatus(rs.getString("STATUS"));
            op.setWeeklyRecovery(getMoney(rs, "WEEKLY_RECOVERY"));
            return op;
        }
    };

    public OverpaymentDao() {
        super("OVERPAYMENT");
    }

    public long insert(Overpayment op) throws DataAccessException {
        long newId = nextId("OVERPAYMENT_SEQ");
        executeUpdate(INSERT_OP, new Object[] {
            id(newId), id(op.getClaimId()), op.getAmount(), op.getAmount(), op.getReasonCode(),
            op.getDateIdentified(), op.getPeriodFrom(), op.getPeriodTo(), Overpayment.STATUS_OPEN,
            op.getWeeklyRecovery()
        });
        op.setOverpaymentId(newId);
        return newId;
    }

    public List findOutstanding(long claimId) throws DataAccessException {
        return query(FIND_OUTSTANDING, new Object[] {id(claimId)}, overpaymentMapper);
    }

    public Money totalOutstanding(long claimId) throws DataAccessException {
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            conn = getConnection();
            ps = conn.prepareStatement("SELECT COALESCE(SUM(OUTSTANDING), 0) FROM OVERPAYMENT "
                    + "WHERE CLAIM_ID = ? AND STATUS IN ('O', 'R')");
            ps.setLong(1, claimId);
            rs = ps.executeQuery();
            BigDecimal total = rs.next() ? rs.getBigDecimal(1) : null;
            return total == null ? Money.ZERO : new Money(total);
        } catch (SQLException e) {
            throw wrap("totalOutstanding", e);
        } finally {
            close(conn, ps, rs);
        }
    }

    public int recordRecovery(long overpaymentId, Money recovered) throws DataAccessException {
        return executeUpdate(RECORD_RECOVERY, new Object[] {recovered, recovered, id(overpaymentId)});
    }

    public int writeOff(long overpaymentId, String user) throws DataAccessException {
        log("write-off of overpayment " + overpaymentId + " authorised by " + user);
        return executeUpdate("UPDATE OVERPAYMENT SET STATUS = 'W', OUTSTANDING = 0 WHERE OVERPAYMENT_ID = ?",
                new Object[] {id(overpaymentId)});
    }

    /** Claims (any status) with a debt still open - the debt management work list. */
    public List findClaimsWithOutstandingDebt() throws DataAccessException {
        return findClaimsWhere("C.CLAIM_ID IN (SELECT O.CLAIM_ID FROM OVERPAYMENT O "
                + "WHERE O.OUTSTANDING > 0 AND O.STATUS IN ('O', 'R'))", new Object[0]);
    }

    public int closeClearedBefore(java.util.Date cutoff) throws DataAccessException {
        return executeUpdate("DELETE FROM OVERPAYMENT WHERE STATUS IN ('C', 'W') AND DATE_IDENTIFIED < ?",
                new Object[] {DateUtil.toSqlDate(cutoff)});
    }
}
