package com.acme.benefits.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.model.BenefitRate;
import com.acme.benefits.model.Money;
import com.acme.benefits.util.DateUtil;

/**
 * Data access for table BENEFIT_RATE. New rates are inserted each April by
 * the uprating job; the previous row is end-dated, never updated in place.
 *
 * Change history:
 *   2002-02-11 RK  Created.
 *   2007-04-09 MP  CR-2890 effective-to dates.
 */
public class BenefitRateDao extends AbstractDao {

    private static final String SELECT_EFFECTIVE =
            "SELECT BENEFIT_TYPE, RATE_CODE, WEEKLY_RATE, EFFECTIVE_FROM, EFFECTIVE_TO FROM BENEFIT_RATE "
            + "WHERE EFFECTIVE_FROM <= ? AND (EFFECTIVE_TO IS NULL OR EFFECTIVE_TO >= ?)";

    public BenefitRateDao() {
        super("BENEFIT_RATE");
    }

    public Map<String, BenefitRate> loadRatesEffectiveOn(Date date) throws DataAccessException {
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        Map<String, BenefitRate> rates = new HashMap<String, BenefitRate>();
        try {
            conn = getConnection();
            ps = conn.prepareStatement(SELECT_EFFECTIVE);
            ps.setDate(1, DateUtil.toSqlDate(date));
            ps.setDate(2, DateUtil.toSqlDate(date));
            rs = ps.executeQuery();
            while (rs.next()) {
                BenefitRate rate = new BenefitRate(rs.getString("BENEFIT_TYPE").trim(), rs.getString("RATE_CODE").trim(),
                        getMoney(rs, "WEEKLY_RATE"), rs.getDate("EFFECTIVE_FROM"));
                rate.setEffectiveTo(rs.getDate("EFFECTIVE_TO"));
                rates.put(rate.getKey(), rate);
            }
            return rates;
        } catch (SQLException e) {
            throw wrap("loadRatesEffectiveOn", e);
        } finally {
            close(conn, ps, rs);
        }
    }

    /** End-dates the current rate and inserts the new one (annual uprating). */
    public void uprate(String benefitCode, String rateCode, Money newRate, Date effectiveFrom)
            throws DataAccessException {
        Connection conn = null;
        PreparedStatement endDate = null;
        PreparedStatement insert = null;
        try {
            conn = getConnection();
            conn.setAutoCommit(false);
            endDate = conn.prepareStatement("UPDATE BENEFIT_RATE SET EFFECTIVE_TO = ? "
                    + "WHERE BENEFIT_TYPE = ? AND RATE_CODE = ? AND EFFECTIVE_TO IS NULL");
            endDate.setDate(1, DateUtil.toSqlDate(DateUtil.addDays(effectiveFrom, -1)));
            endDate.setString(2, benefitCode);
            endDate.setString(3, rateCode);
            endDate.executeUpdate();
            insert = conn.prepareStatement("INSERT INTO BENEFIT_RATE (BENEFIT_TYPE, RATE_CODE, WEEKLY_RATE, "
                    + "EFFECTIVE_FROM, EFFECTIVE_TO) VALUES (?, ?, ?, ?, NULL)");
            insert.setString(1, benefitCode);
            insert.setString(2, rateCode);
            insert.setBigDecimal(3, newRate.toBigDecimal());
            insert.setDate(4, DateUtil.toSqlDate(effectiveFrom));
            insert.executeUpdate();
            conn.commit();
        } catch (SQLException e) {
            rollback(conn);
            throw wrap("uprate", e);
        } finally {
            close(endDate);
            close(conn, insert);
        }
    }
}
