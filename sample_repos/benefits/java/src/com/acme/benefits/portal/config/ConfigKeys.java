package com.acme.benefits.portal.config;

/**
 * Names of the portal settings in portal.properties. The defaults live in
 * PortalConfig; operations change the file, never the code.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2006-11-20 KT  CR-2630 flood control on change of circumstances reports.
 *   2007-05-14 MP  CR-2850 discretionary award points.
 *   2008-01-28 MP  CR-2964 evidence upload size.
 */
public final class ConfigKeys {

    /** Seconds a claimant must wait between two change of circumstances reports. */
    public static final String REPORT_MIN_INTERVAL_SECONDS = "portal.report.minIntervalSeconds";

    public static final String USERNAME_MAX_LENGTH = "portal.register.usernameMaxLength";

    public static final String AWARD_POINTS_MIN = "portal.award.pointsMin";
    public static final String AWARD_POINTS_MAX = "portal.award.pointsMax";

    public static final String NOTE_MAX_LENGTH = "portal.note.maxLength";

    public static final String UPLOAD_MAX_BYTES = "portal.upload.maxBytes";
    public static final String UPLOAD_DIRECTORY = "portal.upload.directory";

    public static final String LIST_PAGE_SIZE = "portal.list.pageSize";

    public static final String TEMPLATE_ROOT = "portal.template.root";
    public static final String TEMPLATE_CACHE_ENTRIES = "portal.template.cacheEntries";
    public static final String TEMPLATE_CACHE_SECONDS = "portal.template.cacheSeconds";

    public static final String PERMISSIONS_RESOURCE = "portal.security.permissionsResource";

    private ConfigKeys() {
    }
}
