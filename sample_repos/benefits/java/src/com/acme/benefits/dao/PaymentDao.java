package com.acme.benefits.dao;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.model.Money;
import com.acme.benefits.model.Payment;
import com.acme.benefits.model.PaymentMethod;
import com.acme.benefits.util.DateUtil;

/**
 * Data access for table PAYMENT.
 *
 * Change history:
 *   2001-06-11 RK  Created.
 *   2004-06-09 TW  CR-1655 bank details on the payment row.
 *   2005-09-12 TW  CR-2150 generics (Java 5 upgrade) in new methods only.
 *   2006-05-30 KT  CR-2444 RECOVERY_DEDUCTED column.
 *   2008-07-21 MP  CR-2995 batch insert for the nightly run (was row by row).
 */
public class PaymentDao extends AbstractDao {

    private static final String PAYMENT_COLUMNS =
            "PAYMENT_ID, CLAIM_ID, AMOUNT, RECOVERY_DEDUCTED, PAYMENT_DATE, PERIOD_FROM, PERIOD_TO, "
            + "METHOD, STATUS, REFERENCE, SORT_CODE, ACCOUNT_NUMBER";

    private static final String INSERT_PAYMENT =
            "INSERT INTO PAYMENT (" + PAYMENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String SELECT_BY_CLAIM =
            "SELECT " + PAYMENT_COLUMNS + " FROM PAYMENT WHERE CLAIM_ID = ? ORDER BY PAYMENT_DATE DESC";

    private static final String SELECT_PENDING =
            "SELECT " + PAYMENT_COLUMNS + " FROM PAYMENT WHERE STATUS = 'P' AND PAYMENT_DATE <= ?";

    public PaymentDao() {
        super("PAYMENT");
    }

    public long insert(Payment p) throws DataAccessException {
        long paymentId = nextId("PAYMENT_SEQ");
        p.setPaymentId(paymentId);
        Connection conn = null;
        PreparedStatement ps = null;
        try {
            conn = getConnection();
            ps = conn.prepareStatement(INSERT_PAYMENT);
            bindPayment(ps, p);
            ps.executeUpdate();
            return paymentId;
        } catch (SQLException e) {
            throw wrap("insert", e);
        } finally {
            close(conn, ps);
        }
    }

    /** Payment ids must already be allocated (see PaymentService.issuePayments). */
    public int[] insertBatch(List<Payment> payments) throws DataAccessException {
        Connection conn = null;
        PreparedStatement ps = null;
        try {
            conn = getConnection();
            conn.setAutoCommit(false);
            ps = conn.prepareStatement(INSERT_PAYMENT);
            for (Payment p : payments) {
                bindPayment(ps, p);
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            conn.commit();
            return counts;
        } catch (SQLException e) {
            rollback(conn);
            throw wrap("insertBatch", e);
        } finally {
            close(conn, ps);
        }
    }

    private void bindPayment(PreparedStatement ps, Payment p) throws SQLException {
        ps.setLong(1, p.getPaymentId());
        ps.setLong(2, p.getClaimId());
        ps.setBigDecimal(3, p.getAmount().toBigDecimal());
        ps.setBigDecimal(4, p.getRecoveryDeducted().toBigDecimal());
        ps.setDate(5, DateUtil.toSqlDate(p.getPaymentDate()));
        ps.setDate(6, DateUtil.toSqlDate(p.getPeriodFrom()));
        ps.setDate(7, DateUtil.toSqlDate(p.getPeriodTo()));
        ps.setString(8, p.getMethod().getCode());
        ps.setString(9, p.getStatus());
        ps.setString(10, p.getReference());
        ps.setString(11, p.getSortCode());
        ps.setString(12, p.getAccountNumber());
    }

    public List<Payment> findByClaim(long claimId) throws DataAccessException {
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        List<Payment> payments = new ArrayList<Payment>();
        try {
            conn = getConnection();
            ps = conn.prepareStatement(SELECT_BY_CLAIM);
            ps.setLong(1, claimId);
            rs = ps.executeQuery();
            while (rs.next()) {
                payments.add(mapPayment(rs));
            }
            return payments;
        } catch (SQLException e) {
            throw wrap("findByClaim", e);
        } finally {
            close(conn, ps, rs);
        }
    }

    public Payment findById(long paymentId) throws DataAccessException {
        return (Payment) queryForObject("SELECT " + PAYMENT_COLUMNS + " FROM PAYMENT WHERE PAYMENT_ID = ?",
                new Object[] {id(paymentId)}, new RowMapper() {
                    public Object mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return mapPayment(rs);
                    }
                });
    }

    public List<Payment> findPendingUpTo(Date date) throws DataAccessException {
        List rows = query(SELECT_PENDING, new Object[] {date}, new RowMapper() {
            public Object mapRow(ResultSet rs, int rowNum) throws SQLException {
                return mapPayment(rs);
            }
        });
        List<Payment> result = new ArrayList<Payment>();
        for (int i = 0; i < rows.size(); i++) {
            result.add((Payment) rows.get(i));
        }
        return result;
    }

    public int updateStatus(long paymentId, String status, String reference) throws DataAccessException {
        String sql = "UPDATE PAYMENT SET STATUS = ?";
        if (reference != null) {
            sql += ", REFERENCE = ?";
        }
        sql += " WHERE PAYMENT_ID = ?";
        Object[] params = reference != null
                ? new Object[] {status, reference, id(paymentId)}
                : new Object[] {status, id(paymentId)};
        return executeUpdate(sql, params);
    }

    /** Marks a set of payments issued in a single round trip (plain Statement batch). */
    public int markIssued(List<Long> paymentIds) throws DataAccessException {
        if (paymentIds.isEmpty()) {
            return 0;
        }
        Connection conn = null;
        Statement stmt = null;
        try {
            conn = getConnection();
            stmt = conn.createStatement();
            for (Long paymentId : paymentIds) {
                stmt.addBatch("UPDATE PAYMENT SET STATUS = 'I' WHERE STATUS = 'P' AND PAYMENT_ID = " + paymentId);
            }
            int[] counts = stmt.executeBatch();
            int total = 0;
            for (int i = 0; i < counts.length; i++) {
                total += counts[i] > 0 ? counts[i] : 0;
            }
            return total;
        } catch (SQLException e) {
            throw wrap("markIssued", e);
        } finally {
            close(conn, stmt);
        }
    }

    public Money totalPaidBetween(long claimId, Date from, Date to) throws DataAccessException {
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            conn = getConnection();
            ps = conn.prepareStatement("SELECT SUM(AMOUNT - RECOVERY_DEDUCTED) FROM PAYMENT "
                    + "WHERE CLAIM_ID = ? AND STATUS IN ('I', 'P') AND PAYMENT_DATE BETWEEN ? AND ?");
            ps.setLong(1, claimId);
            ps.setDate(2, DateUtil.toSqlDate(from));
            ps.setDate(3, DateUtil.toSqlDate(to));
            rs = ps.executeQuery();
            BigDecimal total = rs.next() ? rs.getBigDecimal(1) : null;
            return total == null ? Money.ZERO : new Money(total);
        } catch (SQLException e) {
            throw wrap("totalPaidBetween", e);
        } finally {
            close(conn, ps, rs);
        }
    }

    /** Housekeeping: cancelled payments are kept for two years then removed. */
    public int deleteCancelledBefore(Date cutoff) throws DataAccessException {
        Connection conn = null;
        Statement stmt = null;
        try {
            conn = getConnection();
            stmt = conn.createStatement();
            return stmt.executeUpdate("DELETE FROM PAYMENT WHERE STATUS = 'X' AND PAYMENT_DATE < '"
                    + DateUtil.format(cutoff, DateUtil.ISO_PATTERN) + "'");
        } catch (SQLException e) {
            throw wrap("deleteCancelledBefore", e);
        } finally {
            close(conn, stmt);
        }
    }

    /** The nightly run holds an exclusive lock so the online screens cannot reissue mid-run. */
    public void lockForRun() throws DataAccessException {
        Connection conn = null;
        Statement stmt = null;
        try {
            conn = getConnection();
            stmt = conn.createStatement();
            stmt.execute("LOCK TABLE PAYMENT IN EXCLUSIVE MODE");
        } catch (SQLException e) {
            throw wrap("lockForRun", e);
        } finally {
            close(conn, stmt);
        }
    }

    private Payment mapPayment(ResultSet rs) throws SQLException {
        Payment p = new Payment()
                .withClaimId(rs.getLong("CLAIM_ID"))
                .withAmount(getMoney(rs, "AMOUNT"))
                .withPaymentDate(rs.getDate("PAYMENT_DATE"))
                .withPeriod(rs.getDate("PERIOD_FROM"), rs.getDate("PERIOD_TO"))
                .withMethod(PaymentMethod.fromCode(rs.getString("METHOD")))
                .withBankDetails(rs.getString("SORT_CODE"), rs.getString("ACCOUNT_NUMBER"));
        p.setPaymentId(rs.getLong("PAYMENT_ID"));
        p.setRecoveryDeducted(getMoney(rs, "RECOVERY_DEDUCTED"));
        p.setStatus(rs.getString("STATUS"));
        p.setReference(rs.getString("REFERENCE"));
        return p;
    }
}
