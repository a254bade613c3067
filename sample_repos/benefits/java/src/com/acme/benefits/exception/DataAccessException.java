package com.acme.benefits.exception;

import java.sql.SQLException;

/**
 * Wraps JDBC failures so that services do not need to import java.sql.
 *
 * Change history:
 *   2002-01-08 RK  Created.
 *   2005-10-03 TW  CR-2210 keep SQLSTATE for DB2 deadlock retry logic.
 */
public class DataAccessException extends BenefitsException {

    public static final String DB_ERROR = "ERR-DB";
    public static final String DEADLOCK_STATE = "40001";

    private final String sqlState;

    public DataAccessException(String message, SQLException cause) {
        super(message, cause);
        this.sqlState = cause == null ? null : cause.getSQLState();
    }

    public DataAccessException(String message) {
        this(message, null);
    }

    public String getSqlState() {
        return sqlState;
    }

    public boolean isDeadlock() {
        return DEADLOCK_STATE.equals(sqlState);
    }
}
