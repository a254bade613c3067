package com.acme.benefits.portal.i18n;

/**
 * Phase 1 name of the message lookup, still used by the Velocity templates
 * ($i18n.getMessage("...")) and by the older actions. New code should call
 * Messages directly.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2006-09-18 KT  Now delegates to Messages.
 */
public class I18n {

    public static String getMessage(String key) {
        return Messages.getMessage(key);
    }

    /** Instance form for the template context. */
    public String get(String key) {
        return Messages.getMessage(key);
    }
}
