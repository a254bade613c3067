package com.acme.benefits.dao;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.model.BenefitType;
import com.acme.benefits.model.Claim;
import com.acme.benefits.model.ClaimStatus;
import com.acme.benefits.model.Claimant;

/**
 * Shared CLAIM column list and row mapping for DAOs that read claims
 * (ClaimDao, and OverpaymentDao which selects claims with debts).
 *
 * Change history:
 *   2003-06-16 JB  CR-1340 split out of ClaimDao.
 *   2006-01-23 KT  CR-2301 mapping uses Claim.Builder.
 */
public abstract class BaseClaimDao extends AbstractDao {

    protected static final String CLAIM_COLUMNS =
            "C.CLAIM_ID, C.CLAIMANT_ID, C.BENEFIT_TYPE, C.STATUS, C.DATE_RECEIVED, C.EFFECTIVE_DATE, "
            + "C.WEEKLY_AMOUNT, C.ASSESSED_BY, C.ASSESSED_DATE, C.REFUSAL_REASON, C.LAST_PAID_DATE, C.LAST_UPDATED";

    protected static final String SELECT_CLAIM = "SELECT " + CLAIM_COLUMNS + " FROM CLAIM C";

    /** Anonymous mapper held in an instance field; delegates to the outer mapClaim(). */
    protected final RowMapper claimMapper = new RowMapper() {
        public Object mapRow(ResultSet rs, int rowNum) throws SQLException {
            return mapClaim(rs);
        }
    };

    protected BaseClaimDao(String tableName) {
        super(tableName);
    }

    protected BaseClaimDao() {
        this("CLAIM");
    }

    protected Claim mapClaim(ResultSet rs) throws SQLException {
        Claimant claimant = new Claimant();
        claimant.setClaimantId(rs.getLong("CLAIMANT_ID"));
        Claim claim = new Claim.Builder()
                .claimId(rs.getLong("CLAIM_ID"))
                .claimant(claimant)
                .benefitType(BenefitType.fromCode(rs.getString("BENEFIT_TYPE").trim()))
                .status(ClaimStatus.fromCode(rs.getString("STATUS")))
                .received(rs.getDate("DATE_RECEIVED"))
                .effective(rs.getDate("EFFECTIVE_DATE"))
                .weeklyAmount(getMoney(rs, "WEEKLY_AMOUNT"))
                .build();
        claim.setAssessedBy(rs.getString("ASSESSED_BY"));
        claim.setAssessedDate(rs.getDate("ASSESSED_DATE"));
        claim.setRefusalReason(rs.getString("REFUSAL_REASON"));
        claim.setLastPaidDate(rs.getDate("LAST_PAID_DATE"));
        claim.setLastUpdated(rs.getTimestamp("LAST_UPDATED"));
        return claim;
    }

    /** Claims matching a WHERE fragment written against alias C. */
    public List findClaimsWhere(String whereClause, Object[] params) throws DataAccessException {
        return query(SELECT_CLAIM + " WHERE " + whereClause + " ORDER BY C.CLAIM_ID", params, claimMapper);
    }

    protected int touch(long claimId) throws DataAccessException {
        return executeUpdate("UPDATE CLAIM SET LAST_UPDATED = CURRENT TIMESTAMP WHERE CLAIM_ID = ?",
                new Object[] {id(claimId)});
    }

    protected void log(String message) {
        super.log("[claims] " + message);
    }
}
