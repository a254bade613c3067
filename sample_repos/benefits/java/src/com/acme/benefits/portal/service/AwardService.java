package com.acme.benefits.portal.service;

import java.util.Date;
import java.util.Iterator;
import java.util.List;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.portal.PortalException;
import com.acme.benefits.portal.dao.AwardDao;
import com.acme.benefits.portal.model.DiscretionaryAward;
import com.acme.benefits.portal.model.PortalClaim;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.service.AuditService;
import com.acme.benefits.service.ServiceLocator;

/**
 * Discretionary awards: proposed by a caseworker, decided by a supervisor.
 *
 * Change history:
 *   2007-05-14 MP  Created (CR-2850).
 */
public class AwardService {

    private final AwardDao awardDao;
    private final AuditService auditService;

    public AwardService() {
        this(new AwardDao(), ServiceLocator.getInstance().getAuditService());
    }

    public AwardService(AwardDao awardDao, AuditService auditService) {
        this.awardDao = awardDao;
        this.auditService = auditService;
    }

    public DiscretionaryAward propose(PortalClaim claim, PortalUser proposer, int points, String reason)
            throws BenefitsException {
        List existing = awardDao.findByClaim(claim.getClaimId());
        for (Iterator it = existing.iterator(); it.hasNext();) {
            if (((DiscretionaryAward) it.next()).isPending()) {
                throw new PortalException("award.propose.pending");
            }
        }
        DiscretionaryAward award = new DiscretionaryAward();
        award.setClaimId(claim.getClaimId());
        award.setPoints(points);
        award.setReason(reason);
        award.setProposedBy(proposer.getId());
        award.setProposedDate(new Date());
        award.setAwardId(awardDao.insert(award));
        auditService.audit(proposer.getUsername(), "AWARD_PROPOSE", "CLAIM", claim.getClaimId(), "points=" + points);
        return award;
    }

    public void approve(DiscretionaryAward award, PortalUser supervisor) throws BenefitsException {
        awardDao.recordDecision(award.getAwardId(), DiscretionaryAward.APPROVED, supervisor.getId());
        auditService.audit(supervisor.getUsername(), "AWARD_APPROVE", "CLAIM", award.getClaimId(),
                "award=" + award.getAwardId());
    }

    public void reject(DiscretionaryAward award, PortalUser supervisor) throws BenefitsException {
        awardDao.recordDecision(award.getAwardId(), DiscretionaryAward.REJECTED, supervisor.getId());
        auditService.audit(supervisor.getUsername(), "AWARD_REJECT", "CLAIM", award.getClaimId(),
                "award=" + award.getAwardId());
    }
}
