package com.acme.benefits.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Date;
import java.util.List;

import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.model.AuditEntry;
import com.acme.benefits.util.DateUtil;

/**
 * Data access for table AUDIT_LOG. Rows are never updated; they are purged
 * after the retention period by HousekeepingJob.
 *
 * Change history:
 *   2001-07-02 RK  Created.
 *   2004-11-08 TW  CR-1811 DETAIL column.
 */
public class AuditLogDao extends AbstractDao {

    private static final String INSERT_AUDIT =
            "INSERT INTO AUDIT_LOG (AUDIT_ID, USER_ID, ACTION, ENTITY_TYPE, ENTITY_ID, DETAIL, CREATED_TS) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final String SELECT_AUDIT =
            "SELECT AUDIT_ID, USER_ID, ACTION, ENTITY_TYPE, ENTITY_ID, DETAIL, CREATED_TS FROM AUDIT_LOG";

    private static final int MAX_DETAIL = 500;

    public AuditLogDao() {
        super("AUDIT_LOG");
    }

    public void write(AuditEntry entry) throws DataAccessException {
        long auditId = nextId("AUDIT_SEQ");
        Connection conn = null;
        PreparedStatement ps = null;
        try {
            conn = getConnection();
            ps = conn.prepareStatement(INSERT_AUDIT);
            ps.setLong(1, auditId);
            ps.setString(2, entry.getUserId());
            ps.setString(3, entry.getAction());
            ps.setString(4, entry.getEntityType());
            ps.setLong(5, entry.getEntityId());
            String detail = entry.getDetail();
            ps.setString(6, detail != null && detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail);
            ps.setTimestamp(7, DateUtil.toTimestamp(entry.getTimestamp()));
            ps.executeUpdate();
            entry.setAuditId(auditId);
        } catch (SQLException e) {
            throw wrap("write", e);
        } finally {
            close(conn, ps);
        }
    }

    public void write(String userId, String action, String entityType, long entityId) throws DataAccessException {
        write(new AuditEntry(userId, action, entityType, entityId));
    }

    public List findByEntity(String entityType, long entityId) throws DataAccessException {
        return query(SELECT_AUDIT + " WHERE ENTITY_TYPE = ? AND ENTITY_ID = ? ORDER BY CREATED_TS DESC",
                new Object[] {entityType, id(entityId)}, new RowMapper() {
                    public Object mapRow(ResultSet rs, int rowNum) throws SQLException {
                        AuditEntry e = new AuditEntry(rs.getString("USER_ID"), rs.getString("ACTION"),
                                rs.getString("ENTITY_TYPE"), rs.getLong("ENTITY_ID"), rs.getString("DETAIL"));
                        e.setAuditId(rs.getLong("AUDIT_ID"));
                        e.setTimestamp(rs.getTimestamp("CREATED_TS"));
                        return e;
                    }
                });
    }

    public int purgeOlderThan(Date cutoff) throws DataAccessException {
        return executeUpdate("DELETE FROM AUDIT_LOG WHERE CREATED_TS < ?",
                new Object[] {DateUtil.toTimestamp(cutoff)});
    }

    public int countToday() throws DataAccessException {
        Connection conn = null;
        Statement stmt = null;
        ResultSet rs = null;
        try {
            conn = getConnection();
            stmt = conn.createStatement();
            rs = stmt.executeQuery("SELECT COUNT(*) FROM AUDIT_LOG WHERE DATE(CREATED_TS) = CURRENT DATE");
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw wrap("countToday", e);
        } finally {
            close(conn, stmt, rs);
        }
    }
}
