package com.acme.benefits.portal.dao;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import java.util.List;

import com.acme.benefits.dao.AbstractDao;
import com.acme.benefits.dao.RowMapper;
import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.model.BenefitType;
import com.acme.benefits.model.ClaimStatus;
import com.acme.benefits.model.Claimant;
import com.acme.benefits.model.Money;
import com.acme.benefits.portal.model.PortalClaim;

/**
 * Reads claims for the portal: CLAIM joined to CLAIM_PORTAL, which holds the
 * assigned caseworker, the holding office and the archive flag.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2007-11-05 MP  CR-2960 archive flag.
 */
public class PortalClaimDao extends AbstractDao {

    private static final String SELECT =
            "SELECT C.CLAIM_ID, C.CLAIMANT_ID, C.BENEFIT_TYPE, C.STATUS, C.DATE_RECEIVED, C.EFFECTIVE_DATE, "
            + "C.WEEKLY_AMOUNT, P.CASEWORKER_ID, P.OFFICE_CODE, P.ARCHIVED "
            + "FROM CLAIM C JOIN CLAIM_PORTAL P ON P.CLAIM_ID = C.CLAIM_ID";

    private final RowMapper claimMapper = new RowMapper() {
        public Object mapRow(ResultSet rs, int rowNum) throws SQLException {
            PortalClaim claim = new PortalClaim();
            Claimant claimant = new Claimant();
            claimant.setClaimantId(rs.getLong("CLAIMANT_ID"));
            claim.setClaimant(claimant);
            claim.setClaimId(rs.getLong("CLAIM_ID"));
            claim.setBenefitType(BenefitType.fromCode(rs.getString("BENEFIT_TYPE").trim()));
            claim.setStatus(ClaimStatus.fromCode(rs.getString("STATUS")));
            claim.setDateReceived(rs.getDate("DATE_RECEIVED"));
            claim.setEffectiveDate(rs.getDate("EFFECTIVE_DATE"));
            claim.setWeeklyAmount(getMoney(rs, "WEEKLY_AMOUNT"));
            claim.setCaseworkerId(rs.getLong("CASEWORKER_ID"));
            claim.setOfficeCode(rs.getString("OFFICE_CODE"));
            claim.setArchived("Y".equals(rs.getString("ARCHIVED")));
            return claim;
        }
    };

    public PortalClaimDao() {
        super("CLAIM_PORTAL");
    }

    public PortalClaim findById(long claimId) throws DataAccessException {
        return (PortalClaim) queryForObject(SELECT + " WHERE C.CLAIM_ID = ?", new Object[] {id(claimId)},
                claimMapper);
    }

    public int countByCaseworker(long caseworkerId) throws DataAccessException {
        List rows = query("SELECT COUNT(*) AS N FROM CLAIM_PORTAL WHERE CASEWORKER_ID = ?",
                new Object[] {id(caseworkerId)}, new RowMapper() {
                    public Object mapRow(ResultSet rs, int rowNum) throws SQLException {
                        return Integer.valueOf(rs.getInt("N"));
                    }
                });
        return rows.isEmpty() ? 0 : ((Integer) rows.get(0)).intValue();
    }

    /** One page of a caseworker's claims, oldest first. */
    public List findByCaseworker(long caseworkerId, int offset, int max) throws DataAccessException {
        return query(SELECT + " WHERE P.CASEWORKER_ID = ? ORDER BY C.DATE_RECEIVED, C.CLAIM_ID"
                + " OFFSET " + offset + " ROWS FETCH FIRST " + max + " ROWS ONLY",
                new Object[] {id(caseworkerId)}, claimMapper);
    }

    public int amend(long claimId, Date effectiveDate, Money weeklyAmount, String reason) throws DataAccessException {
        return executeUpdate("UPDATE CLAIM SET EFFECTIVE_DATE = ?, WEEKLY_AMOUNT = ?, AMEND_REASON = ?, "
                + "LAST_UPDATED = CURRENT TIMESTAMP WHERE CLAIM_ID = ?",
                new Object[] {effectiveDate, weeklyAmount, reason, id(claimId)});
    }
}
