package com.acme.benefits.portal;

import com.acme.benefits.exception.BenefitsException;

/**
 * A request the portal refuses. The message is a key into the portal message
 * bundle (see i18n/messages.properties), not display text: the actions look
 * it up with Messages.getMessage() before putting it on the page.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410 claimant and caseworker portal, phase 1).
 */
public class PortalException extends BenefitsException {

    public static final String PORTAL_ERROR = "ERR-PORTAL";

    public PortalException(String messageKey) {
        super(messageKey, PORTAL_ERROR);
    }

    public PortalException(String messageKey, Throwable cause) {
        super(messageKey, cause);
    }

    public String getMessageKey() {
        return getMessage();
    }
}
