package com.acme.benefits.portal.service;

import java.util.Date;

import com.acme.benefits.exception.DataAccessException;
import com.acme.benefits.portal.config.ConfigKeys;
import com.acme.benefits.portal.config.PortalConfig;
import com.acme.benefits.portal.dao.CaseNoteDao;
import com.acme.benefits.portal.model.CaseNote;
import com.acme.benefits.portal.model.PortalClaim;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.service.AuditService;
import com.acme.benefits.service.ServiceLocator;
import com.acme.benefits.util.StringUtil;

/**
 * Caseworkers' notes on claims.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2007-08-06 MP  PIR-0588 note length limited (the CASE_NOTE column is
 *                  VARCHAR(2000) and long notes were being cut short).
 */
public class CaseNoteService {

    private final CaseNoteDao noteDao;
    private final AuditService auditService;

    public CaseNoteService() {
        this(new CaseNoteDao(), ServiceLocator.getInstance().getAuditService());
    }

    public CaseNoteService(CaseNoteDao noteDao, AuditService auditService) {
        this.noteDao = noteDao;
        this.auditService = auditService;
    }

    /** Adds the note; false (and nothing stored) when it is too long. */
    public boolean addNote(PortalClaim claim, PortalUser author, String text) throws DataAccessException {
        String body = StringUtil.trimToEmpty(text);
        if (body.length() > PortalConfig.getInt(ConfigKeys.NOTE_MAX_LENGTH)) {
            return false;
        }
        CaseNote note = new CaseNote();
        note.setClaimId(claim.getClaimId());
        note.setAuthorId(author.getId());
        note.setText(body);
        note.setCreated(new Date());
        note.setNoteId(noteDao.insert(note));
        auditService.audit(author.getUsername(), "NOTE", "CLAIM", claim.getClaimId());
        return true;
    }
}
