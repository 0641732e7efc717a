package org.carepath.platform.security;

/** Custom JWT claims CarePath reads besides the standard ones. */
public final class Claims {

    /** The tenant: the clinic a staff token acts for, or the clinic a patient belongs to. */
    public static final String CLINIC_ID = "clinic_id";
    /** The patient a patient-app token belongs to. */
    public static final String PATIENT_ID = "patient_id";

    private Claims() {
    }
}
