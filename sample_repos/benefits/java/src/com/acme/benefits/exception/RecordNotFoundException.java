package com.acme.benefits.exception;

/**
 * A requested row does not exist.
 *
 * Change history:
 *   2003-03-03 JB  Created (CR-1201).
 */
public class RecordNotFoundException extends DataAccessException {

    private final String entityType;
    private final long entityId;

    public RecordNotFoundException(String entityType, long entityId) {
        super(entityType + " " + entityId + " not found");
        this.entityType = entityType;
        this.entityId = entityId;
    }

    public String getEntityType() {
        return entityType;
    }

    public long getEntityId() {
        return entityId;
    }
}
