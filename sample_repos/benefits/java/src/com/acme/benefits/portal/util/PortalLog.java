package com.acme.benefits.portal.util;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Thin commons-logging style facade over java.util.logging, so the portal
 * code reads like the rest of the WebSphere estate (log.isDebugEnabled()).
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 */
public final class PortalLog {

    private final Logger logger;

    private PortalLog(Logger logger) {
        this.logger = logger;
    }

    public static PortalLog getLog(Class owner) {
        return new PortalLog(Logger.getLogger(owner.getName()));
    }

    public boolean isDebugEnabled() {
        return logger.isLoggable(Level.FINE);
    }

    public void debug(String message) {
        logger.fine(message);
    }

    public void info(String message) {
        logger.info(message);
    }

    public void warn(String message) {
        logger.warning(message);
    }

    public void error(String message, Throwable cause) {
        logger.log(Level.SEVERE, message, cause);
    }
}
