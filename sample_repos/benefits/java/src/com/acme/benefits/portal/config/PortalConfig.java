package com.acme.benefits.portal.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Portal settings, read once from portal.properties on the class path
 * (WEB-INF/classes). A setting missing from the file takes the default below.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2006-11-20 KT  CR-2630 report interval.
 *   2007-05-14 MP  CR-2850 award points range.
 */
public final class PortalConfig {

    private static final String RESOURCE = "/portal.properties";

    private static final Properties DEFAULTS = new Properties();

    private static Properties settings;

    static {
        DEFAULTS.setProperty(ConfigKeys.REPORT_MIN_INTERVAL_SECONDS, "900");
        DEFAULTS.setProperty(ConfigKeys.USERNAME_MAX_LENGTH, "20");
        DEFAULTS.setProperty(ConfigKeys.AWARD_POINTS_MIN, "1");
        DEFAULTS.setProperty(ConfigKeys.AWARD_POINTS_MAX, "40");
        DEFAULTS.setProperty(ConfigKeys.NOTE_MAX_LENGTH, "2000");
        DEFAULTS.setProperty(ConfigKeys.UPLOAD_MAX_BYTES, "4194304");
        DEFAULTS.setProperty(ConfigKeys.UPLOAD_DIRECTORY, "/var/benefits/evidence");
        DEFAULTS.setProperty(ConfigKeys.LIST_PAGE_SIZE, "25");
        DEFAULTS.setProperty(ConfigKeys.TEMPLATE_ROOT, "/opt/benefits/portal/templates");
        DEFAULTS.setProperty(ConfigKeys.TEMPLATE_CACHE_ENTRIES, "64");
        DEFAULTS.setProperty(ConfigKeys.TEMPLATE_CACHE_SECONDS, "300");
        DEFAULTS.setProperty(ConfigKeys.PERMISSIONS_RESOURCE,
                "/com/acme/benefits/portal/security/portal-permissions.xml");
    }

    private PortalConfig() {
    }

    private static synchronized Properties settings() {
        if (settings == null) {
            Properties loaded = new Properties(DEFAULTS);
            InputStream in = PortalConfig.class.getResourceAsStream(RESOURCE);
            if (in != null) {
                try {
                    loaded.load(in);
                } catch (IOException e) {
                    System.err.println("portal.properties unreadable, using defaults: " + e.getMessage());
                } finally {
                    try {
                        in.close();
                    } catch (IOException ignored) {
                        // nothing to do
                    }
                }
            }
            settings = loaded;
        }
        return settings;
    }

    public static String getString(String key) {
        return settings().getProperty(key);
    }

    public static int getInt(String key) {
        String value = getString(key);
        if (value == null) {
            throw new IllegalArgumentException("no portal setting " + key);
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            System.err.println("portal setting " + key + "=" + value + " is not a number, default used");
            return Integer.parseInt(DEFAULTS.getProperty(key, "0"));
        }
    }

    /** Test hook: forget the loaded settings so the next call reads the file again. */
    static synchronized void reset() {
        settings = null;
    }
}
