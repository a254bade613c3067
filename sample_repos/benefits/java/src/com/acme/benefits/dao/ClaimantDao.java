package com.acme.benefits.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.model.*;
import com.acme.benefits.util.DateUtil;
import com.acme.benefits.util.StringUtil;

/**
 * Data access for tables CLAIMANT and DEPENDANT (address columns are read
 * through a join on ADDRESS; writes to ADDRESS go through AddressDao).
 *
 * Change history:
 *   2001-05-14 RK  Created.
 *   2002-06-17 RK  Dependants.
 *   2003-01-27 JB  CR-1188 search by postcode.
 *   2004-06-09 TW  CR-1655 bank details.
 *   2008-02-25 MP  CR-2977 date of death.
 */
public class ClaimantDao extends AbstractDao {

    private static final String INSERT_CLAIMANT =
            "INSERT INTO CLAIMANT (CLAIMANT_ID, NINO, TITLE, FORENAME, SURNAME, DATE_OF_BIRTH, ADDRESS_ID, "
            + "PARTNER_ID, RESIDENCY_STATUS, HABITUALLY_RESIDENT, WEEKLY_EARNINGS, HOURS_WORKED, CAPITAL, "
            + "DISABLED_IND, CARER_IND, SORT_CODE, ACCOUNT_NUMBER, PAYMENT_METHOD) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_DEPENDANT =
            "INSERT INTO DEPENDANT (DEPENDANT_ID, CLAIMANT_ID, FORENAME, SURNAME, DATE_OF_BIRTH, FTE_IND, DISABLED_IND) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";

    public ClaimantDao() {
        super("CLAIMANT");
    }

    private StringBuffer selectClaimantWithAddress() {
        StringBuffer sql = new StringBuffer();
        sql.append("SELECT C.CLAIMANT_ID, C.NINO, C.TITLE, C.FORENAME, C.SURNAME, C.DATE_OF_BIRTH, C.DATE_OF_DEATH,")
           .append(" C.PARTNER_ID, C.RESIDENCY_STATUS, C.HABITUALLY_RESIDENT, C.WEEKLY_EARNINGS, C.HOURS_WORKED,")
           .append(" C.CAPITAL, C.DISABLED_IND, C.CARER_IND, C.SORT_CODE, C.ACCOUNT_NUMBER, C.PAYMENT_METHOD,")
           .append(" A.ADDRESS_ID, A.LINE_1, A.LINE_2, A.LINE_3, A.TOWN, A.COUNTY, A.POSTCODE, A.COUNTRY_CODE");
        sql.append(" FROM CLAIMANT C, ADDRESS A");
        sql.append(" WHERE A.ADDRESS_ID = C.ADDRESS_ID");
        return sql;
    }

    public Claimant findById(long claimantId) throws DataAccessException {
        return findById(claimantId, true);
    }

    public Claimant findById(long claimantId, boolean withPartner) throws DataAccessException {
        StringBuffer sql = selectClaimantWithAddress();
        sql.append(" AND C.CLAIMANT_ID = ?");
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            conn = getConnection();
            ps = conn.prepareStatement(sql.toString());
            ps.setLong(1, claimantId);
            rs = ps.executeQuery();
            if (!rs.next()) {
                return null;
            }
            Claimant claimant = mapClaimant(rs);
            long partnerId = rs.getLong("PARTNER_ID");
            boolean hasPartner = !rs.wasNull();
            claimant.setAddress(mapAddress(rs));
            List dependants = loadDependants(conn, claimantId);
            for (int i = 0; i < dependants.size(); i++) {
                claimant.addDependant((Dependant) dependants.get(i));
            }
            if (withPartner && hasPartner) {
                // partner shares the address; do not recurse further than one level
                claimant.setPartner(findById(partnerId, false));
            }
            return claimant;
        } catch (SQLException e) {
            throw wrap("findById", e);
        } finally {
            close(conn, ps, rs);
        }
    }

    public Claimant findByNino(String nino) throws DataAccessException {
        StringBuffer sql = selectClaimantWithAddress().append(" AND C.NINO = ?");
        List found = query(sql.toString(), new Object[] {nino}, new RowMapper() {
            public Object mapRow(ResultSet rs, int rowNum) throws SQLException {
                Claimant c = mapClaimant(rs);
                c.setAddress(mapAddress(rs));
                return c;
            }
        });
        return found.isEmpty() ? null : (Claimant) found.get(0);
    }

    /** Search screen: any combination of surname prefix, postcode and date of birth. */
    public List search(String surname, String postcode, Date dateOfBirth) throws DataAccessException {
        StringBuffer sql = selectClaimantWithAddress();
        List params = new ArrayList();
        if (!StringUtil.isBlank(surname)) {
            sql.append(" AND UPPER(C.SURNAME) LIKE ?");
            params.add(surname.trim().toUpperCase() + "%");
        }
        if (!StringUtil.isBlank(postcode)) {
            sql.append(" AND A.POSTCODE = ?");
            params.add(StringUtil.normalisePostcode(postcode));
        }
        if (dateOfBirth != null) {
            sql.append(" AND C.DATE_OF_BIRTH = ?");
            params.add(DateUtil.toSqlDate(dateOfBirth));
        }
        sql.append(" ORDER BY C.SURNAME, C.FORENAME FETCH FIRST 200 ROWS ONLY");
        return query(sql.toString(), params.toArray(), new RowMapper() {
            public Object mapRow(ResultSet rs, int rowNum) throws SQLException {
                Claimant c = mapClaimant(rs);
                c.setAddress(mapAddress(rs));
                return c;
            }
        });
    }

    public long insert(Claimant c) throws DataAccessException {
        long claimantId = nextId("CLAIMANT_SEQ");
        Connection conn = null;
        PreparedStatement ps = null;
        try {
            conn = getConnection();
            ps = conn.prepareStatement(INSERT_CLAIMANT);
            ps.setLong(1, claimantId);
            ps.setString(2, c.getNino());
            ps.setString(3, c.getTitle());
            ps.setString(4, c.getForename());
            ps.setString(5, c.getSurname());
            ps.setDate(6, DateUtil.toSqlDate(c.getDateOfBirth()));
            if (c.getAddress() != null) {
                ps.setLong(7, c.getAddress().getAddressId());
            } else {
                ps.setNull(7, Types.BIGINT);
            }
            if (c.hasPartner()) {
                ps.setLong(8, c.getPartner().getClaimantId());
            } else {
                ps.setNull(8, Types.BIGINT);
            }
            ps.setString(9, c.getResidencyStatus());
            ps.setString(10, c.isHabituallyResident() ? "Y" : "N");
            ps.setBigDecimal(11, c.getWeeklyEarnings().toBigDecimal());
            ps.setInt(12, c.getHoursWorked());
            ps.setBigDecimal(13, c.getCapital().toBigDecimal());
            ps.setString(14, c.isDisabled() ? "Y" : "N");
            ps.setString(15, c.isCarer() ? "Y" : "N");
            ps.setString(16, c.getSortCode());
            ps.setString(17, c.getAccountNumber());
            ps.setString(18, c.getPreferredPaymentMethod() == null ? null : c.getPreferredPaymentMethod().getCode());
            ps.executeUpdate();
            return claimantId;
        } catch (SQLException e) {
            throw wrap("insert", e);
        } finally {
            close(conn, ps);
        }
    }

    public void addDependant(long claimantId, Dependant d) throws DataAccessException {
        long dependantId = nextId("DEPENDANT_SEQ");
        executeUpdate(INSERT_DEPENDANT, new Object[] {
            id(dependantId), id(claimantId), d.getForename(), d.getSurname(), d.getDateOfBirth(),
            d.isInFullTimeEducation() ? "Y" : "N", d.isDisabled() ? "Y" : "N"
        });
        d.setDependantId(dependantId);
    }

    public int updateBankDetails(long claimantId, String sortCode, String account, PaymentMethod method)
            throws DataAccessException {
        return executeUpdate("UPDATE CLAIMANT SET SORT_CODE = ?, ACCOUNT_NUMBER = ?, PAYMENT_METHOD = ? "
                + "WHERE CLAIMANT_ID = ?", new Object[] {sortCode, account, method.getCode(), id(claimantId)});
    }

    public int updateAddress(long claimantId, long addressId) throws DataAccessException {
        return executeUpdate("UPDATE CLAIMANT SET ADDRESS_ID = ? WHERE CLAIMANT_ID = ? OR PARTNER_ID = ?",
                new Object[] {id(addressId), id(claimantId), id(claimantId)});
    }

    public int recordDeath(long claimantId, Date dateOfDeath) throws DataAccessException {
        return executeUpdate("UPDATE CLAIMANT SET DATE_OF_DEATH = ? WHERE CLAIMANT_ID = ?",
                new Object[] {dateOfDeath, id(claimantId)});
    }

    private List loadDependants(Connection conn, long claimantId) throws SQLException {
        PreparedStatement ps = null;
        ResultSet rs = null;
        List result = new ArrayList();
        try {
            ps = conn.prepareStatement("SELECT DEPENDANT_ID, FORENAME, SURNAME, DATE_OF_BIRTH, FTE_IND, DISABLED_IND "
                    + "FROM DEPENDANT WHERE CLAIMANT_ID = ? ORDER BY DATE_OF_BIRTH");
            ps.setLong(1, claimantId);
            rs = ps.executeQuery();
            while (rs.next()) {
                Dependant d = new Dependant(rs.getString("FORENAME"), rs.getString("SURNAME"), rs.getDate("DATE_OF_BIRTH"));
                d.setDependantId(rs.getLong("DEPENDANT_ID"));
                d.setInFullTimeEducation("Y".equals(rs.getString("FTE_IND")));
                d.setDisabled("Y".equals(rs.getString("DISABLED_IND")));
                result.add(d);
            }
            return result;
        } finally {
            close(rs);
            close(ps);
        }
    }

    private Claimant mapClaimant(ResultSet rs) throws SQLException {
        Claimant c = new Claimant();
        c.setClaimantId(rs.getLong("CLAIMANT_ID"));
        c.setNino(rs.getString("NINO"));
        c.setTitle(rs.getString("TITLE"));
        c.setForename(rs.getString("FORENAME"));
        c.setSurname(rs.getString("SURNAME"));
        c.setDateOfBirth(rs.getDate("DATE_OF_BIRTH"));
        c.setDateOfDeath(rs.getDate("DATE_OF_DEATH"));
        c.setResidencyStatus(rs.getString("RESIDENCY_STATUS"));
        c.setHabituallyResident("Y".equals(rs.getString("HABITUALLY_RESIDENT")));
        c.setWeeklyEarnings(getMoney(rs, "WEEKLY_EARNINGS"));
        c.setHoursWorked(rs.getInt("HOURS_WORKED"));
        c.setCapital(getMoney(rs, "CAPITAL"));
        c.setDisabled("Y".equals(rs.getString("DISABLED_IND")));
        c.setCarer("Y".equals(rs.getString("CARER_IND")));
        c.setSortCode(rs.getString("SORT_CODE"));
        c.setAccountNumber(rs.getString("ACCOUNT_NUMBER"));
        String method = rs.getString("PAYMENT_METHOD");
        c.setPreferredPaymentMethod(method == null ? null : PaymentMethod.fromCode(method));
        return c;
    }

    private Address mapAddress(ResultSet rs) throws SQLException {
        Address a = new Address();
        a.setAddressId(rs.getLong("ADDRESS_ID"));
        a.setLine1(rs.getString("LINE_1"));
        a.setLine2(rs.getString("LINE_2"));
        a.setLine3(rs.getString("LINE_3"));
        a.setTown(rs.getString("TOWN"));
        a.setCounty(rs.getString("COUNTY"));
        a.setCountryCode(rs.getString("COUNTRY_CODE"));
        a.setPostcode(rs.getString("POSTCODE"));
        return a;
    }
}
