package com.acme.benefits.portal.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up portal texts in the message bundle. Welsh texts (CR-2702) are in
 * messages_cy.properties; a key missing from the bundle shows as ???key???
 * so the testers spot it.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2007-02-05 MP  CR-2702 locale argument for the Welsh pages.
 */
public final class Messages {

    private static final String BUNDLE = "com.acme.benefits.portal.i18n.messages";

    private Messages() {
    }

    public static String getMessage(String key) {
        return getMessage(key, Locale.UK);
    }

    public static String getMessage(String key, Locale locale) {
        if (key == null) {
            return "";
        }
        try {
            return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    public static String getMessage(String key, Object argument) {
        return MessageFormat.format(getMessage(key), new Object[] {argument});
    }
}
