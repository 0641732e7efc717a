package org.carepath.platform.tenancy;

/** Clinic data was about to be written outside any clinic: a caller without clinic_id, or a bug. */
public class MissingTenantException extends RuntimeException {

    public MissingTenantException() {
        super("no clinic tenant for this unit of work");
    }
}
