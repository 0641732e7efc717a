package org.carepath.platform.audit;

/** How an access to protected health information ended. */
public enum AuditOutcome {
    SUCCESS, NOT_FOUND, DENIED, REJECTED, FAILED;

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
