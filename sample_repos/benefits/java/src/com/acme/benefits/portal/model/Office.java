package com.acme.benefits.portal.model;

import java.io.Serializable;

/**
 * A benefits office (table OFFICE). While an office's cases are being moved
 * to the new case management system its claims are frozen.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2008-03-10 MP  CR-2990 migration status M and frozen status F.
 */
public class Office implements Serializable {

    public static final String STATUS_OPEN = "O";
    public static final String STATUS_MIGRATING = "M";
    public static final String STATUS_FROZEN = "F";

    private String code;
    private String name;
    private String status = STATUS_OPEN;

    public boolean isReadOnly() {
        return STATUS_MIGRATING.equals(status) || STATUS_FROZEN.equals(status);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
