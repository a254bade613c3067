package com.acme.benefits.portal.dao;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import com.acme.benefits.dao.AbstractDao;
import com.acme.benefits.dao.RowMapper;
import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.portal.model.CaseNote;

/**
 * Data access for table CASE_NOTE.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 */
public class CaseNoteDao extends AbstractDao {

    private final RowMapper noteMapper = new RowMapper() {
        public Object mapRow(ResultSet rs, int rowNum) throws SQLException {
            CaseNote note = new CaseNote();
            note.setNoteId(rs.getLong("NOTE_ID"));
            note.setClaimId(rs.getLong("CLAIM_ID"));
            note.setAuthorId(rs.getLong("AUTHOR_ID"));
            note.setText(rs.getString("NOTE_TEXT"));
            note.setCreated(rs.getTimestamp("CREATED"));
            return note;
        }
    };

    public CaseNoteDao() {
        super("CASE_NOTE");
    }

    public List findByClaim(long claimId) throws DataAccessException {
        return query("SELECT NOTE_ID, CLAIM_ID, AUTHOR_ID, NOTE_TEXT, CREATED FROM CASE_NOTE "
                + "WHERE CLAIM_ID = ? ORDER BY CREATED DESC", new Object[] {id(claimId)}, noteMapper);
    }

    public long insert(CaseNote note) throws DataAccessException {
        long noteId = nextId("CASE_NOTE_SEQ");
        executeUpdate("INSERT INTO CASE_NOTE (NOTE_ID, CLAIM_ID, AUTHOR_ID, NOTE_TEXT, CREATED) "
                + "VALUES (?, ?, ?, ?, CURRENT TIMESTAMP)",
                new Object[] {id(noteId), id(note.getClaimId()), id(note.getAuthorId()), note.getText()});
        return noteId;
    }
}
