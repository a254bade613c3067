package com.acme.benefits.portal.service;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.model.Claimant;
import com.acme.benefits.portal.PortalException;
import com.acme.benefits.portal.dao.PortalUserDao;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.service.AuditService;
import com.acme.benefits.service.ClaimantService;
import com.acme.benefits.service.ServiceLocator;

/**
 * Opens portal accounts for claimants. The form checks (user name, e-mail)
 * are made by RegisterAction; this class ties the account to the claimant.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2006-07-31 KT  PIR-0412 one account per claimant.
 */
public class RegistrationService {

    private final PortalUserDao userDao;
    private final ClaimantService claimantService;
    private final AuditService auditService;

    public RegistrationService() {
        this(new PortalUserDao(), ServiceLocator.getInstance().getClaimantService(),
                ServiceLocator.getInstance().getAuditService());
    }

    public RegistrationService(PortalUserDao userDao, ClaimantService claimantService, AuditService auditService) {
        this.userDao = userDao;
        this.claimantService = claimantService;
        this.auditService = auditService;
    }

    public PortalUser register(String username, String email, String nino) throws BenefitsException {
        Claimant claimant = claimantService.findByNino(nino);
        if (claimant == null) {
            throw new PortalException("register.nino.unknown");
        }
        if (userDao.findByClaimantId(claimant.getClaimantId()) != null) {
            throw new PortalException("register.claimant.hasAccount");
        }
        PortalUser user = new PortalUser();
        user.setUsername(username);
        user.setEmail(email);
        user.setRole(PortalUser.ROLE_CLAIMANT);
        user.setClaimantId(claimant.getClaimantId());
        user.setId(userDao.insert(user));
        auditService.audit(username, "REGISTER", "PORTAL_USER", user.getId(), "claimant=" + claimant.getClaimantId());
        return user;
    }
}
