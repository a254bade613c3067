package com.acme.benefits.portal.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

import com.acme.benefits.portal.config.ConfigKeys;
import com.acme.benefits.portal.config.PortalConfig;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.portal.util.PortalLog;

/**
 * What the current portal user may do, from the role to permission mapping
 * in portal-permissions.xml. One instance per request.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2006-10-09 KT  Mapping read once per JVM (was read on every request).
 */
public class PermissionControl {

    private static final PortalLog log = PortalLog.getLog(PermissionControl.class);

    private static Map rolePermissions;

    private final PortalUser user;
    private final Set granted;

    public PermissionControl(PortalUser user) {
        this.user = user == null ? PortalUser.ANONYMOUS : user;
        Set forRole = (Set) mapping().get(this.user.getRole());
        this.granted = forRole == null ? Collections.EMPTY_SET : forRole;
    }

    public boolean canDo(String permission) {
        boolean allowed = granted.contains(permission);
        if (log.isDebugEnabled()) {
            log.debug(user.getUsername() + " canDo(" + permission + ") = " + allowed);
        }
        return allowed;
    }

    public PortalUser getUser() {
        return user;
    }

    private static synchronized Map mapping() {
        if (rolePermissions == null) {
            String resource = PortalConfig.getString(ConfigKeys.PERMISSIONS_RESOURCE);
            InputStream in = PermissionControl.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("permissions file " + resource + " not found");
            }
            try {
                rolePermissions = new PermissionsFileParser().parse(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage());
            } finally {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // nothing to do
                }
            }
        }
        return rolePermissions;
    }
}
