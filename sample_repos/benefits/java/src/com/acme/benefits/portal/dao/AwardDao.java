package com.acme.benefits.portal.dao;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import com.acme.benefits.dao.AbstractDao;
import com.acme.benefits.dao.RowMapper;
import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.portal.model.DiscretionaryAward;

/**
 * Data access for table DISCRETIONARY_AWARD.
 *
 * Change history:
 *   2007-05-14 MP  Created (CR-2850).
 */
public class AwardDao extends AbstractDao {

    private static final String SELECT =
            "SELECT AWARD_ID, CLAIM_ID, POINTS, REASON, PROPOSED_BY, DECIDED_BY, STATUS, PROPOSED_DATE "
            + "FROM DISCRETIONARY_AWARD";

    private final RowMapper awardMapper = new RowMapper() {
        public Object mapRow(ResultSet rs, int rowNum) throws SQLException {
            DiscretionaryAward award = new DiscretionaryAward();
            award.setAwardId(rs.getLong("AWARD_ID"));
            award.setClaimId(rs.getLong("CLAIM_ID"));
            award.setPoints(rs.getInt("POINTS"));
            award.setReason(rs.getString("REASON"));
            award.setProposedBy(rs.getLong("PROPOSED_BY"));
            award.setDecidedBy(rs.getLong("DECIDED_BY"));
            award.setStatus(rs.getString("STATUS"));
            award.setProposedDate(rs.getDate("PROPOSED_DATE"));
            return award;
        }
    };

    public AwardDao() {
        super("DISCRETIONARY_AWARD");
    }

    public DiscretionaryAward findById(long awardId) throws DataAccessException {
        return (DiscretionaryAward) queryForObject(SELECT + " WHERE AWARD_ID = ?", new Object[] {id(awardId)},
                awardMapper);
    }

    public List findByClaim(long claimId) throws DataAccessException {
        return query(SELECT + " WHERE CLAIM_ID = ? ORDER BY PROPOSED_DATE", new Object[] {id(claimId)}, awardMapper);
    }

    public long insert(DiscretionaryAward award) throws DataAccessException {
        long awardId = nextId("DISCRETIONARY_AWARD_SEQ");
        executeUpdate("INSERT INTO DISCRETIONARY_AWARD (AWARD_ID, CLAIM_ID, POINTS, REASON, PROPOSED_BY, STATUS, "
                + "PROPOSED_DATE) VALUES (?, ?, ?, ?, ?, ?, CURRENT DATE)",
                new Object[] {id(awardId), id(award.getClaimId()), Integer.valueOf(award.getPoints()),
                        award.getReason(), id(award.getProposedBy()), award.getStatus()});
        return awardId;
    }

    public int recordDecision(long awardId, String status, long decidedBy) throws DataAccessException {
        return executeUpdate("UPDATE DISCRETIONARY_AWARD SET STATUS = ?, DECIDED_BY = ?, DECIDED_DATE = CURRENT DATE "
                + "WHERE AWARD_ID = ?", new Object[] {status, id(decidedBy), id(awardId)});
    }
}
