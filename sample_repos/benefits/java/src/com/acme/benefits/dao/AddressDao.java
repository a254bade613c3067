package com.acme.benefits.dao;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.model.Address;
import com.acme.benefits.util.StringUtil;

/**
 * Data access for table ADDRESS.
 *
 * Change history:
 *   2001-05-14 RK  Created.
 *   2007-08-13 MP  CR-2930 country code.
 *   2009-02-16 AS  CR-3077 housekeeping of orphaned addresses.
 */
public class AddressDao extends AbstractDao {

    private static final String ADDRESS_COLUMNS =
            "ADDRESS_ID, LINE_1, LINE_2, LINE_3, TOWN, COUNTY, POSTCODE, COUNTRY_CODE";

    private final RowMapper addressMapper = new RowMapper() {
        public Object mapRow(ResultSet rs, int rowNum) throws SQLException {
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
    };

    public AddressDao() {
        super("ADDRESS");
    }

    public long insert(Address a) throws DataAccessException {
        long addressId = nextId("ADDRESS_SEQ");
        executeUpdate("INSERT INTO ADDRESS (" + ADDRESS_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                new Object[] {id(addressId), a.getLine1(), a.getLine2(), a.getLine3(), a.getTown(),
                    a.getCounty(), a.getPostcode(), a.getCountryCode()});
        a.setAddressId(addressId);
        return addressId;
    }

    public int update(Address a) throws DataAccessException {
        return executeUpdate("UPDATE ADDRESS SET LINE_1 = ?, LINE_2 = ?, LINE_3 = ?, TOWN = ?, COUNTY = ?, "
                + "POSTCODE = ?, COUNTRY_CODE = ? WHERE ADDRESS_ID = ?",
                new Object[] {a.getLine1(), a.getLine2(), a.getLine3(), a.getTown(), a.getCounty(),
                    a.getPostcode(), a.getCountryCode(), id(a.getAddressId())});
    }

    public Address findById(long addressId) throws DataAccessException {
        return (Address) queryForObject("SELECT " + ADDRESS_COLUMNS + " FROM ADDRESS WHERE ADDRESS_ID = ?",
                new Object[] {id(addressId)}, addressMapper);
    }

    public List<Address> findByPostcode(String postcode) throws DataAccessException {
        List rows = query("SELECT " + ADDRESS_COLUMNS + " FROM ADDRESS WHERE POSTCODE = ? ORDER BY LINE_1",
                new Object[] {StringUtil.normalisePostcode(postcode)}, addressMapper);
        List<Address> result = new ArrayList<Address>(rows.size());
        for (Object row : rows) {
            result.add((Address) row);
        }
        return result;
    }

    /** Housekeeping: addresses no longer referenced by any claimant. */
    public int deleteOrphans() throws DataAccessException {
        Connection conn = null;
        Statement stmt = null;
        try {
            conn = getConnection();
            stmt = conn.createStatement();
            int deleted = stmt.executeUpdate("DELETE FROM ADDRESS WHERE ADDRESS_ID NOT IN "
                    + "(SELECT ADDRESS_ID FROM CLAIMANT WHERE ADDRESS_ID IS NOT NULL)");
            log("deleted " + deleted + " orphaned addresses");
            return deleted;
        } catch (SQLException e) {
            throw wrap("deleteOrphans", e);
        } finally {
            close(conn, stmt);
        }
    }
}
