package org.carepath.platform.security;

import java.util.Set;

/** The roles a CarePath token can carry, in its {@code groups} claim. */
public final class Roles {

    public static final String CLINIC_STAFF = "clinic-staff";
    public static final String CLINICIAN = "clinician";
    public static final String PRESCRIBER = "prescriber";
    public static final String PATIENT = "patient";
    public static final String ANALYTICS = "analytics";
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(CLINIC_STAFF, CLINICIAN, PRESCRIBER, PATIENT, ANALYTICS, ADMIN);

    /** Roles that act on behalf of one clinic and so must carry a {@code clinic_id} claim. */
    public static final Set<String> CLINIC_ROLES = Set.of(CLINIC_STAFF, CLINICIAN, PRESCRIBER, ADMIN, ANALYTICS);

    private Roles() {
    }
}
