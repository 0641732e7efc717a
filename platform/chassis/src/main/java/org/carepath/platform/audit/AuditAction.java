package org.carepath.platform.audit;

/** What was done to protected health information. */
public enum AuditAction {
    CREATE, READ, LIST, UPDATE, DELETE;

    public String code() {
        return name().toLowerCase();
    }
}
