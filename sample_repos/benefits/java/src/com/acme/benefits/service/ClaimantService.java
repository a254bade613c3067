package com.acme.benefits.service;

import java.util.Date;
import java.util.Iterator;
import java.util.List;

import com.acme.benefits.dao.AddressDao;
import com.acme.benefits.dao.ClaimantDao;
import com.acme.benefits.dao.DaoFactory;
import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.exception.RecordNotFoundException;
import com.acme.benefits.exception.ValidationException;
import com.acme.benefits.model.*;
import com.acme.benefits.rules.validation.BankDetailsValidator;
import com.acme.benefits.rules.validation.ClaimantValidator;
import com.acme.benefits.rules.validation.ValidationResult;
import com.acme.benefits.rules.validation.Validator;
import com.acme.benefits.util.NinoValidator;
import com.acme.benefits.util.SortCodeValidator;
import com.acme.benefits.util.StringUtil;

/**
 * Registration and maintenance of claimants.
 *
 * Change history:
 *   2001-05-21 RK  Created.
 *   2003-01-27 JB  CR-1188 search by postcode.
 *   2004-06-09 TW  CR-1655 bank details change (audited separately).
 */
public class ClaimantService {

    private final ClaimantDao claimantDao = DaoFactory.getInstance().getClaimantDao();
    private final AddressDao addressDao = DaoFactory.getInstance().getAddressDao();
    private final Validator validator = new ClaimantValidator();
    private final AuditService auditService;

    public ClaimantService(AuditService auditService) {
        this.auditService = auditService;
    }

    public Claimant register(Claimant claimant, String user) throws BenefitsException {
        claimant.setNino(NinoValidator.normalise(claimant.getNino()));
        validator.validate(claimant).throwIfInvalid();
        if (claimantDao.findByNino(claimant.getNino()) != null) {
            throw new ValidationException("nino", "A claimant with NINO " + NinoValidator.format(claimant.getNino())
                    + " is already registered");
        }
        if (claimant.getAddress() != null) {
            claimant.getAddress().setAddressId(addressDao.insert(claimant.getAddress()));
        }
        long claimantId = claimantDao.insert(claimant);
        claimant.setClaimantId(claimantId);
        for (Iterator it = claimant.getDependants().iterator(); it.hasNext();) {
            claimantDao.addDependant(claimantId, (Dependant) it.next());
        }
        auditService.audit(user, AuditService.ACTION_CREATE, "CLAIMANT", claimantId,
                NinoValidator.mask(claimant.getNino()));
        return claimant;
    }

    public Claimant getClaimant(long claimantId) throws BenefitsException {
        Claimant claimant = claimantDao.findById(claimantId);
        if (claimant == null) {
            throw new RecordNotFoundException("CLAIMANT", claimantId);
        }
        return claimant;
    }

    public List search(String surname, String postcode, Date dateOfBirth) throws BenefitsException {
        if (StringUtil.isBlank(surname) && StringUtil.isBlank(postcode) && dateOfBirth == null) {
            throw new ValidationException("Enter a surname, postcode or date of birth to search");
        }
        if (!StringUtil.isBlank(surname) && surname.trim().length() < 2) {
            throw new ValidationException("surname", "Enter at least two letters of the surname");
        }
        return claimantDao.search(surname, postcode, dateOfBirth);
    }

    public Claimant findByNino(String nino) throws BenefitsException {
        if (!NinoValidator.isValid(nino)) {
            throw new ValidationException("nino", "is not a valid National Insurance number");
        }
        return claimantDao.findByNino(NinoValidator.normalise(nino));
    }

    public void changeAddress(long claimantId, Address newAddress, String user) throws BenefitsException {
        Claimant claimant = getClaimant(claimantId);
        if (newAddress.isUkAddress() && !StringUtil.isValidPostcode(newAddress.getPostcode())) {
            throw new ValidationException("postcode", "is not a valid UK postcode");
        }
        String oldAddress = claimant.getAddress() == null ? "none" : claimant.getAddress().toSingleLine();
        long addressId = addressDao.insert(newAddress);
        claimantDao.updateAddress(claimantId, addressId);
        auditService.audit(user, AuditService.ACTION_UPDATE, "CLAIMANT", claimantId,
                "address changed from " + oldAddress);
    }

    public void changeBankDetails(long claimantId, String sortCode, String account, PaymentMethod method, String user)
            throws BenefitsException {
        Claimant claimant = getClaimant(claimantId);
        claimant.setSortCode(SortCodeValidator.normalise(sortCode));
        claimant.setAccountNumber(StringUtil.trimToNull(account));
        claimant.setPreferredPaymentMethod(method);
        ValidationResult result = new BankDetailsValidator().validate(claimant);
        result.throwIfInvalid();
        claimantDao.updateBankDetails(claimantId, claimant.getSortCode(), claimant.getAccountNumber(), method);
        auditService.audit(user, AuditService.ACTION_UPDATE, "CLAIMANT", claimantId,
                "payment method " + method.getCode() + " sort code " + SortCodeValidator.format(sortCode));
    }

    public void recordDeath(long claimantId, Date dateOfDeath, String user) throws BenefitsException {
        getClaimant(claimantId);
        claimantDao.recordDeath(claimantId, dateOfDeath);
        auditService.audit(user, AuditService.ACTION_UPDATE, "CLAIMANT", claimantId, "date of death recorded");
    }
}
