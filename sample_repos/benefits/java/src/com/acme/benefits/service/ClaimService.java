package com.acme.benefits.service;

import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.acme.benefits.dao.ClaimDao;
import com.acme.benefits.dao.ClaimantDao;
import com.acme.benefits.dao.DaoFactory;
import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.exception.RecordNotFoundException;
import com.acme.benefits.exception.ValidationException;
import com.acme.benefits.model.*;
import com.acme.benefits.rules.validation.ClaimValidator;
import com.acme.benefits.rules.validation.Validator;
import com.acme.benefits.util.DateUtil;

/**
 * Claim intake and life cycle.
 *
 * Change history:
 *   2001-05-21 RK  Created.
 *   2002-10-14 JB  CR-1877 only one open claim per benefit per claimant.
 *   2005-09-12 TW  CR-2150 status changes checked against ClaimStatus.
 *   2007-11-05 MP  CR-2960 archiving.
 */
public class ClaimService {

    private final ClaimDao claimDao;
    private final ClaimantDao claimantDao;
    private final AuditService auditService;
    private final Validator claimValidator = new ClaimValidator();

    public ClaimService(AuditService auditService) {
        this(DaoFactory.getInstance().getClaimDao(), DaoFactory.getInstance().getClaimantDao(), auditService);
    }

    public ClaimService(ClaimDao claimDao, ClaimantDao claimantDao, AuditService auditService) {
        this.claimDao = claimDao;
        this.claimantDao = claimantDao;
        this.auditService = auditService;
    }

    public Claim createClaim(long claimantId, BenefitType type, Date received, Date effective, String user)
            throws BenefitsException {
        Claimant claimant = claimantDao.findById(claimantId);
        if (claimant == null) {
            throw new RecordNotFoundException("CLAIMANT", claimantId);
        }
        List existing = claimDao.findByClaimant(claimantId);
        for (Iterator it = existing.iterator(); it.hasNext();) {
            Claim c = (Claim) it.next();
            if (c.getBenefitType() == type && !c.getStatus().isFinal()) {
                throw new ValidationException("benefitType", "Claimant already has an open "
                        + type.getDescription() + " claim (" + c.getClaimId() + ")");
            }
        }
        Claim claim = Claim.builder()
                .claimant(claimant)
                .benefitType(type)
                .status(ClaimStatus.RECEIVED)
                .received(received)
                .effective(effective)
                .build();
        claimValidator.validate(claim).throwIfInvalid();
        claim.setClaimId(claimDao.insert(claim));
        auditService.audit(user, AuditService.ACTION_CREATE, claim);
        return claim;
    }

    /** Claim with its claimant (and partner, dependants, address) loaded. */
    public Claim getClaim(long claimId) throws BenefitsException {
        Claim claim = claimDao.findById(claimId);
        if (claim == null) {
            throw new RecordNotFoundException("CLAIM", claimId);
        }
        claim.setClaimant(claimantDao.findById(claim.getClaimant().getClaimantId()));
        return claim;
    }

    public void changeStatus(long claimId, ClaimStatus newStatus, String user) throws BenefitsException {
        Claim claim = getClaim(claimId);
        ClaimStatus current = claim.getStatus();
        if (!current.canTransitionTo(newStatus)) {
            throw new BenefitsException("Claim " + claimId + " cannot move from " + current.getDescription()
                    + " to " + newStatus.getDescription(), "ERR-STATUS");
        }
        claimDao.updateStatus(claimId, newStatus, user);
        auditService.audit(user, AuditService.ACTION_STATUS, "CLAIM", claimId,
                current.getCode() + "->" + newStatus.getCode());
    }

    public void suspend(long claimId, String reason, String user) throws BenefitsException {
        changeStatus(claimId, ClaimStatus.SUSPENDED, user);
        auditService.audit(user, "SUSPEND", "CLAIM", claimId, reason);
    }

    /** Claims of one claimant, newest first (raw list, sorted with an old-style comparator). */
    public List getClaimsForClaimant(long claimantId) throws BenefitsException {
        List claims = claimDao.findByClaimant(claimantId);
        Collections.sort(claims, new Comparator() {
            public int compare(Object o1, Object o2) {
                Date d1 = ((Claim) o1).getDateReceived();
                Date d2 = ((Claim) o2).getDateReceived();
                return d2.compareTo(d1);
            }
        });
        return claims;
    }

    /** Total weekly cost of all claims in a status - used on the management summary. */
    public Money totalWeeklyLiability(ClaimStatus status) throws BenefitsException {
        List claims = claimDao.findByStatus(status);
        Money total = Money.ZERO;
        for (Iterator it = claims.iterator(); it.hasNext();) {
            total = total.add(((Claim) it.next()).getAmount());
        }
        return total;
    }

    public Map<ClaimStatus, Integer> countByStatus() throws BenefitsException {
        Map<ClaimStatus, Integer> counts = new LinkedHashMap<ClaimStatus, Integer>();
        for (ClaimStatus status : ClaimStatus.values()) {
            counts.put(status, Integer.valueOf(claimDao.findByStatus(status).size()));
        }
        return counts;
    }

    /** Claims with an effective date before the cutoff that have never been assessed. */
    public List findUnassessedOlderThan(int days) throws BenefitsException {
        ClaimDao dao = this.claimDao;
        Date cutoff = DateUtil.addDays(DateUtil.today(), -days);
        return dao.findClaimsWhere("C.STATUS IN ('R', 'E') AND C.DATE_RECEIVED < ?", new Object[] {cutoff});
    }

    public int archiveOldClaims(int monthsOld, String user) throws BenefitsException {
        ClaimDao dao = claimDao;
        int before = dao.countRows();
        int archived = dao.archiveClosedClaims(DateUtil.addMonths(DateUtil.today(), -monthsOld));
        auditService.audit(user, "ARCHIVE", "CLAIM", 0L, archived + " of " + before + " claims archived");
        return archived;
    }
}
