package com.acme.benefits.portal.service;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.portal.config.ConfigKeys;
import com.acme.benefits.portal.config.PortalConfig;
import com.acme.benefits.portal.model.PortalClaim;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.portal.upload.fileupload.PartItem;
import com.acme.benefits.service.AuditService;
import com.acme.benefits.service.ServiceLocator;

/**
 * Stores evidence documents sent through the portal in the evidence
 * directory (one folder per claim), where the scanning bureau's indexer
 * picks them up overnight.
 *
 * Change history:
 *   2008-01-28 MP  Created (CR-2964 evidence upload).
 */
public class EvidenceService {

    private final AuditService auditService;

    public EvidenceService() {
        this(ServiceLocator.getInstance().getAuditService());
    }

    public EvidenceService(AuditService auditService) {
        this.auditService = auditService;
    }

    /** Writes the file and returns the name it was stored under. */
    public String store(PortalClaim claim, PortalUser user, PartItem file) throws BenefitsException {
        File folder = new File(PortalConfig.getString(ConfigKeys.UPLOAD_DIRECTORY), String.valueOf(claim.getClaimId()));
        String storedName = System.currentTimeMillis() + "-" + safeName(file.getName());
        try {
            if (!folder.isDirectory() && !folder.mkdirs()) {
                throw new IOException("cannot create " + folder.getPath());
            }
            OutputStream out = new FileOutputStream(new File(folder, storedName));
            try {
                out.write(file.get());
            } finally {
                out.close();
            }
        } catch (IOException e) {
            throw new BenefitsException("evidence for claim " + claim.getClaimId() + " could not be stored", e);
        }
        auditService.audit(user.getUsername(), "EVIDENCE", "CLAIM", claim.getClaimId(),
                storedName + " (" + file.getSize() + " bytes)");
        return storedName;
    }

    private static String safeName(String name) {
        return name == null ? "document" : name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
