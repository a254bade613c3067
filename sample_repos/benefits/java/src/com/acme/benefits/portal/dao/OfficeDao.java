package com.acme.benefits.portal.dao;

import java.sql.ResultSet;
import java.sql.SQLException;

import com.acme.benefits.dao.AbstractDao;
import com.acme.benefits.dao.RowMapper;
import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.portal.model.Office;

/**
 * Data access for table OFFICE.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2008-03-10 MP  CR-2990 updateStatus for the migration.
 */
public class OfficeDao extends AbstractDao {

    private final RowMapper officeMapper = new RowMapper() {
        public Object mapRow(ResultSet rs, int rowNum) throws SQLException {
            Office office = new Office();
            office.setCode(rs.getString("OFFICE_CODE"));
            office.setName(rs.getString("OFFICE_NAME"));
            office.setStatus(rs.getString("STATUS"));
            return office;
        }
    };

    public OfficeDao() {
        super("OFFICE");
    }

    public Office findByCode(String officeCode) throws DataAccessException {
        return (Office) queryForObject("SELECT OFFICE_CODE, OFFICE_NAME, STATUS FROM OFFICE WHERE OFFICE_CODE = ?",
                new Object[] {officeCode}, officeMapper);
    }

    public int updateStatus(String officeCode, String status) throws DataAccessException {
        return executeUpdate("UPDATE OFFICE SET STATUS = ?, UPDATED_BY = ? WHERE OFFICE_CODE = ?",
                new Object[] {status, currentUser, officeCode});
    }
}
