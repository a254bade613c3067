package com.acme.benefits.portal.actions;

import java.io.IOException;

import javax.servlet.http.HttpServletResponse;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.portal.i18n.Messages;
import com.acme.benefits.portal.model.PortalClaim;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.portal.security.PermissionControl;
import com.acme.benefits.portal.security.PortalPermissions;
import com.acme.benefits.portal.service.CaseNoteService;
import com.acme.benefits.portal.web.ActionErrors;
import com.acme.benefits.portal.web.Context;
import com.acme.benefits.portal.web.PortalActionSupport;
import com.acme.benefits.portal.web.PortalRequest;

/**
 * Caseworker page: add a note to a claim.
 *
 *   POST /benefits/portal/claim/note claimId, text
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2006-09-18 KT  CR-2588 moved to PortalActionSupport.
 *   2007-11-05 MP  CR-2960 no notes on closed claims (they go on the archive file).
 */
public class AddNoteAction extends PortalActionSupport {

    private final CaseNoteService noteService = new CaseNoteService();

    protected String doExecute(PortalRequest request, HttpServletResponse response, Context context)
            throws BenefitsException, IOException {
        PortalUser user = request.getUser();
        PermissionControl permissions = new PermissionControl(user);
        PortalClaim claim = loadClaim(request);
        context.put("claim", claim);
        if (!PortalPermissions.canAmend(claim, user, permissions)) {
            addActionError(Messages.getMessage("note.add.notOwner"));
            return "cannot_amend";
        }
        if (claim.isClosedForChanges()) {
            addActionError(Messages.getMessage("note.add.claimClosed"));
            return "cannot_amend";
        }
        String text = request.getParameter("text");
        if (!noteService.addNote(claim, user, text)) {
            ActionErrors errors = new ActionErrors();
            errors.add("text", "note.add.tooLong");
            saveErrors(context, errors);
            context.put("text", text);
            return "add_note";
        }
        response.sendRedirect("/benefits/portal/claim/notes?claimId=" + claim.getClaimId());
        return null;
    }
}
