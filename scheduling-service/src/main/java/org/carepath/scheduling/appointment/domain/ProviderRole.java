package org.carepath.scheduling.appointment.domain;

/** What a provider may be booked for. */
public enum ProviderRole {
    /** Evaluates, prescribes, and must be on site during esketamine administration and monitoring [S6]. */
    PRESCRIBER,
    /** Observes a dosing session: vitals, sedation and dissociation. */
    MONITORING_CLINICIAN,
    /** Preparation and integration therapy; may sit with an oral/sublingual KAP session [S48]. */
    THERAPIST
}
