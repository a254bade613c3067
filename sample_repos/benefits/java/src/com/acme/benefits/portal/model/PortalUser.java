package com.acme.benefits.portal.model;

import java.io.Serializable;
import java.util.Date;

/**
 * A person signed on to the portal (table PORTAL_USER): a claimant who
 * registered on line, or a caseworker, supervisor or administrator whose
 * account was set up by the service desk. Visitors who have not signed on
 * get the shared ANONYMOUS user.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2006-06-26 KT  Office code for caseworkers.
 */
public class PortalUser implements Serializable {

    public static final long ANONYMOUS_ID = -1L;

    public static final String ROLE_CLAIMANT = "CLAIMANT";
    public static final String ROLE_CASEWORKER = "CASEWORKER";
    public static final String ROLE_SUPERVISOR = "SUPERVISOR";
    public static final String ROLE_ADMIN = "ADMIN";

    public static final PortalUser ANONYMOUS = new PortalUser(ANONYMOUS_ID, "anonymous", null);

    private long id;
    private String username;
    private String email;
    private String role;
    private long claimantId;
    private String officeCode;
    private Date registered;

    public PortalUser() {
    }

    public PortalUser(long id, String username, String role) {
        this.id = id;
        this.username = username;
        this.role = role;
    }

    public boolean isAnonymous() {
        return id == ANONYMOUS_ID;
    }

    public boolean isAdmin() {
        return ROLE_ADMIN.equals(role);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public long getClaimantId() {
        return claimantId;
    }

    public void setClaimantId(long claimantId) {
        this.claimantId = claimantId;
    }

    public String getOfficeCode() {
        return officeCode;
    }

    public void setOfficeCode(String officeCode) {
        this.officeCode = officeCode;
    }

    public Date getRegistered() {
        return registered;
    }

    public void setRegistered(Date registered) {
        this.registered = registered;
    }

    public String toString() {
        return "PortalUser[" + id + " " + username + " " + role + "]";
    }
}
