package com.acme.benefits.portal.security;

/**
 * Names of the portal permissions, as granted to roles in
 * portal-permissions.xml.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2007-05-14 MP  CR-2850 award permissions.
 *   2008-03-10 MP  CR-2990 office administration.
 */
public final class Permissions {

    public static final String CLAIM_VIEW = "claim.view";
    public static final String CLAIM_AMEND = "claim.amend";
    public static final String CLAIM_SUPERVISE = "claim.supervise";
    public static final String NOTE_ADD = "note.add";
    public static final String CHANGE_REPORT = "change.report";
    public static final String EVIDENCE_UPLOAD = "evidence.upload";
    public static final String AWARD_PROPOSE = "award.propose";
    public static final String AWARD_APPROVE = "award.approve";
    public static final String OFFICE_ADMIN = "office.admin";

    private Permissions() {
    }
}
