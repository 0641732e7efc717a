package org.carepath.intake.patient.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code org.carepath.intake.PatientRegistered.v1} on {@code carepath.intake.events.v1}: a clinic has a
 * new patient. Carries ids and the birth year only (for age-dependent dosing rules and 90+-capped age bands);
 * other demographics stay in intake.
 */
public record PatientRegistered(UUID patientId, String clinicId, OffsetDateTime registeredAt, int birthYear) {

    public static final String TYPE = "org.carepath.intake.PatientRegistered.v1";
}
