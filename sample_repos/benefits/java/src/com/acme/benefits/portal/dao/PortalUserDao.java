package com.acme.benefits.portal.dao;

import java.sql.ResultSet;
import java.sql.SQLException;

import com.acme.benefits.dao.AbstractDao;
import com.acme.benefits.dao.RowMapper;
import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.portal.model.PortalUser;

/**
 * Data access for table PORTAL_USER. User names and e-mail addresses are
 * stored in lower case so the look-ups below can use the unique indexes.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 */
public class PortalUserDao extends AbstractDao {

    private static final String COLUMNS =
            "USER_ID, USERNAME, EMAIL, ROLE, CLAIMANT_ID, OFFICE_CODE, REGISTERED";

    private static final String INSERT_USER =
            "INSERT INTO PORTAL_USER (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, CURRENT TIMESTAMP)";

    private final RowMapper userMapper = new RowMapper() {
        public Object mapRow(ResultSet rs, int rowNum) throws SQLException {
            PortalUser user = new PortalUser();
            user.setId(rs.getLong("USER_ID"));
            user.setUsername(rs.getString("USERNAME"));
            user.setEmail(rs.getString("EMAIL"));
            user.setRole(rs.getString("ROLE"));
            user.setClaimantId(rs.getLong("CLAIMANT_ID"));
            user.setOfficeCode(rs.getString("OFFICE_CODE"));
            user.setRegistered(rs.getTimestamp("REGISTERED"));
            return user;
        }
    };

    public PortalUserDao() {
        super("PORTAL_USER");
    }

    public PortalUser findById(long userId) throws DataAccessException {
        return (PortalUser) queryForObject("SELECT " + COLUMNS + " FROM PORTAL_USER WHERE USER_ID = ?",
                new Object[] {id(userId)}, userMapper);
    }

    public PortalUser findByUsername(String username) throws DataAccessException {
        return (PortalUser) queryForObject("SELECT " + COLUMNS + " FROM PORTAL_USER WHERE USERNAME = ?",
                new Object[] {username.toLowerCase()}, userMapper);
    }

    public PortalUser findByEmail(String email) throws DataAccessException {
        return (PortalUser) queryForObject("SELECT " + COLUMNS + " FROM PORTAL_USER WHERE EMAIL = ?",
                new Object[] {email.toLowerCase()}, userMapper);
    }

    public PortalUser findByClaimantId(long claimantId) throws DataAccessException {
        return (PortalUser) queryForObject("SELECT " + COLUMNS + " FROM PORTAL_USER WHERE CLAIMANT_ID = ?",
                new Object[] {id(claimantId)}, userMapper);
    }

    public long insert(PortalUser user) throws DataAccessException {
        long userId = nextId("PORTAL_USER_SEQ");
        executeUpdate(INSERT_USER, new Object[] {id(userId), user.getUsername().toLowerCase(),
                user.getEmail().toLowerCase(), user.getRole(), id(user.getClaimantId()), user.getOfficeCode()});
        return userId;
    }
}
