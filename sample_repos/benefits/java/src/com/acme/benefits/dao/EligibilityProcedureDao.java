package com.acme.benefits.dao;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;

import com.acme.benefits.exception.DataAccessException;

/**
 * Calls the batch eligibility check from the online service. ELIGCHK is the
 * same COBOL program BENPAY01 calls at night, registered in DB2 as an
 * external stored procedure (WLM environment BENWLM1) so the web screens and
 * the nightly run can never disagree about who is eligible.
 *
 * The single parameter is the 100-byte EP-ELIGIBILITY-AREA of copybook
 * ELIGPARM, passed as CHAR(100) INOUT: benefit type, age, partner and
 * residency indicators in, EP-RESULT and the reason code out.
 *
 * Change history:
 *   2007-09-12 KT  CR-2871 Created (replaces the Java copy of the rules).
 */
public class EligibilityProcedureDao extends AbstractDao {

    private static final String CALL_ELIGCHK = "{call BENLIB.ELIGCHK(?)}";

    public EligibilityProcedureDao() {
        super("ELIGCHK");
    }

    /** Runs ELIGCHK on a filled-in eligibility area and returns the area as COBOL left it. */
    public String check(String eligibilityArea) throws DataAccessException {
        Connection conn = null;
        CallableStatement cs = null;
        try {
            conn = getConnection();
            cs = conn.prepareCall(CALL_ELIGCHK);
            cs.setString(1, eligibilityArea);
            cs.registerOutParameter(1, Types.CHAR);
            cs.execute();
            return cs.getString(1);
        } catch (SQLException e) {
            throw wrap("check", e);
        } finally {
            close(conn, cs);
        }
    }
}
