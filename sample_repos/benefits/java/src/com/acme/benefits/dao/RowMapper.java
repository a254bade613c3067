package com.acme.benefits.dao;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Turns the current row of a ResultSet into a domain object.
 * Usually implemented as an anonymous class inside a DAO.
 */
public interface RowMapper {

    Object mapRow(ResultSet rs, int rowNum) throws SQLException;
}
