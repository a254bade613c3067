package com.acme.benefits.portal.actions;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import javax.servlet.http.HttpServletResponse;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.exception.RecordNotFoundException;
import com.acme.benefits.portal.config.ConfigKeys;
import com.acme.benefits.portal.config.PortalConfig;
import com.acme.benefits.portal.i18n.Messages;
import com.acme.benefits.portal.model.Office;
import com.acme.benefits.portal.model.PortalClaim;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.portal.security.PermissionControl;
import com.acme.benefits.portal.security.PortalPermissions;
import com.acme.benefits.portal.service.EvidenceService;
import com.acme.benefits.portal.upload.fileupload.MultipartRequestParser;
import com.acme.benefits.portal.upload.fileupload.PartItem;
import com.acme.benefits.portal.upload.fileupload.UploadLimitException;
import com.acme.benefits.portal.web.Context;
import com.acme.benefits.portal.web.PortalAction;
import com.acme.benefits.portal.web.PortalRequest;

/**
 * Claimant and caseworker page: send an evidence document (payslip, tenancy
 * agreement, bank statement) for a claim.
 *
 *   POST /benefits/portal/claim/evidence  multipart: claimId, document
 *
 * Change history:
 *   2008-01-28 MP  Created (CR-2964), using the bundled fileupload parser.
 *   2008-03-10 MP  CR-2990 refused while the office is being migrated.
 */
public class UploadEvidenceAction extends PortalAction {

    private final EvidenceService evidenceService = new EvidenceService();

    public String execute(PortalRequest request, HttpServletResponse response, Context context)
            throws BenefitsException, IOException {
        PortalUser user = request.getUser();
        if (!MultipartRequestParser.isMultipartContent(request.getContentType())) {
            return "upload_evidence";
        }
        MultipartRequestParser parser = new MultipartRequestParser();
        parser.setSizeMax(PortalConfig.getInt(ConfigKeys.UPLOAD_MAX_BYTES));
        List parts;
        try {
            parts = parser.parseRequest(request.getContentType(), request.getContentLength(),
                    request.getInputStream());
        } catch (UploadLimitException e) {
            context.put("error", Messages.getMessage("evidence.tooLarge"));
            return "upload_evidence";
        }
        long claimId = 0L;
        PartItem document = null;
        for (Iterator it = parts.iterator(); it.hasNext();) {
            PartItem part = (PartItem) it.next();
            if (part.isFormField() && "claimId".equals(part.getFieldName())) {
                claimId = Long.parseLong(part.getString().trim());
            } else if (!part.isFormField() && part.getSize() > 0) {
                document = part;
            }
        }
        if (document == null) {
            context.put("error", Messages.getMessage("evidence.noFile"));
            return "upload_evidence";
        }
        PortalClaim claim = claimDao.findById(claimId);
        if (claim == null) {
            throw new RecordNotFoundException("CLAIM", claimId);
        }
        context.put("claim", claim);
        PermissionControl permissions = new PermissionControl(user);
        if (!PortalPermissions.canSubmitFor(claim, user) && !PortalPermissions.canAmend(claim, user, permissions)) {
            context.put("error", Messages.getMessage("evidence.notAllowed"));
            return "error";
        }
        Office office = officeDao.findByCode(claim.getOfficeCode());
        if (office != null && office.isReadOnly()) {
            context.put("error", Messages.getMessage("office.readOnly"));
            return "readonly_office";
        }
        context.put("storedAs", evidenceService.store(claim, user, document));
        context.put("fileName", document.getName());
        return "evidence_received";
    }
}
