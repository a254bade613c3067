package com.acme.benefits.dao;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.model.Money;
import com.acme.benefits.util.BenefitsConstants;
import com.acme.benefits.util.DateUtil;

/**
 * Base class of all DAOs: connection handling, parameter binding and the
 * close() boilerplate that everyone used to get wrong.
 *
 * Change history:
 *   2001-05-14 RK  Created.
 *   2002-01-08 RK  DataAccessException instead of raw SQLException.
 *   2003-06-16 JB  CR-1340 query()/RowMapper helpers.
 *   2005-10-03 TW  CR-2210 nextId() from DB2 sequences (was MAX(ID)+1 !).
 */
public abstract class AbstractDao implements BenefitsConstants {

    protected static final String SEQUENCE_PREFIX = "VALUES NEXT VALUE FOR ";

    protected final String tableName;
    protected String currentUser = SYSTEM_USER;
    private int statementCount;

    protected AbstractDao(String tableName) {
        this.tableName = tableName;
    }

    public String getTableName() {
        return tableName;
    }

    public void setCurrentUser(String user) {
        this.currentUser = user;
    }

    public int getStatementCount() {
        return statementCount;
    }

    protected Connection getConnection() throws SQLException {
        statementCount++;
        return ConnectionManager.getConnection();
    }

    protected void close(ResultSet rs) {
        if (rs != null) {
            try {
                rs.close();
            } catch (SQLException e) {
                log("close(ResultSet) failed: " + e.getMessage());
            }
        }
    }

    protected void close(Statement stmt) {
        if (stmt != null) {
            try {
                stmt.close();
            } catch (SQLException e) {
                log("close(Statement) failed: " + e.getMessage());
            }
        }
    }

    protected void close(Connection conn) {
        if (conn != null) {
            try {
                conn.close();
            } catch (SQLException e) {
                log("close(Connection) failed: " + e.getMessage());
            }
        }
    }

    protected void close(Connection conn, Statement stmt, ResultSet rs) {
        close(rs);
        close(stmt);
        close(conn);
    }

    protected void close(Connection conn, Statement stmt) {
        close(conn, stmt, null);
    }

    protected void rollback(Connection conn) {
        if (conn != null) {
            try {
                conn.rollback();
            } catch (SQLException e) {
                log("rollback failed: " + e.getMessage());
            }
        }
    }

    /** Binds positional parameters, converting project types to JDBC types. */
    protected void bind(PreparedStatement ps, Object[] params) throws SQLException {
        if (params == null) {
            return;
        }
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            if (p == null) {
                ps.setNull(index, Types.VARCHAR);
            } else if (p instanceof Money) {
                ps.setBigDecimal(index, ((Money) p).toBigDecimal());
            } else if (p instanceof Timestamp) {
                ps.setTimestamp(index, (Timestamp) p);
            } else if (p instanceof java.sql.Date) {
                ps.setDate(index, (java.sql.Date) p);
            } else if (p instanceof Date) {
                ps.setDate(index, DateUtil.toSqlDate((Date) p));
            } else if (p instanceof Long) {
                ps.setLong(index, ((Long) p).longValue());
            } else if (p instanceof Integer) {
                ps.setInt(index, ((Integer) p).intValue());
            } else if (p instanceof BigDecimal) {
                ps.setBigDecimal(index, (BigDecimal) p);
            } else {
                ps.setString(index, p.toString());
            }
        }
    }

    protected int executeUpdate(String sql, Object[] params) throws DataAccessException {
        Connection conn = null;
        PreparedStatement ps = null;
        try {
            conn = getConnection();
            ps = conn.prepareStatement(sql);
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw wrap("update", e);
        } finally {
            close(conn, ps);
        }
    }

    protected List query(String sql, Object[] params, RowMapper mapper) throws DataAccessException {
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        List results = new ArrayList();
        try {
            conn = getConnection();
            ps = conn.prepareStatement(sql);
            bind(ps, params);
            rs = ps.executeQuery();
            int row = 0;
            while (rs.next()) {
                results.add(mapper.mapRow(rs, row++));
            }
            return results;
        } catch (SQLException e) {
            throw wrap("query", e);
        } finally {
            close(conn, ps, rs);
        }
    }

    protected Object queryForObject(String sql, Object[] params, RowMapper mapper) throws DataAccessException {
        List rows = query(sql, params, mapper);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public long nextId(String sequenceName) throws DataAccessException {
        Connection conn = null;
        Statement stmt = null;
        ResultSet rs = null;
        try {
            conn = getConnection();
            stmt = conn.createStatement();
            rs = stmt.executeQuery(SEQUENCE_PREFIX + sequenceName);
            if (!rs.next()) {
                throw new DataAccessException("sequence " + sequenceName + " returned no value");
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw wrap("nextId(" + sequenceName + ")", e);
        } finally {
            close(conn, stmt, rs);
        }
    }

    public int countRows() throws DataAccessException {
        Connection conn = null;
        Statement stmt = null;
        ResultSet rs = null;
        try {
            conn = getConnection();
            stmt = conn.createStatement();
            rs = stmt.executeQuery("SELECT COUNT(*) FROM " + tableName);
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw wrap("countRows", e);
        } finally {
            close(conn, stmt, rs);
        }
    }

    protected Money getMoney(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? Money.ZERO : new Money(value);
    }

    protected static Long id(long value) {
        return Long.valueOf(value);
    }

    protected void log(String message) {
        System.out.println(DateUtil.format(new Date(), "HH:mm:ss") + " " + tableName + " " + message);
    }

    protected DataAccessException wrap(String operation, SQLException e) {
        log(operation + " failed, SQLSTATE=" + e.getSQLState() + " " + e.getMessage());
        return new DataAccessException(operation + " failed on " + tableName, e);
    }
}
