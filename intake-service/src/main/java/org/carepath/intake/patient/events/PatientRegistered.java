package org.carepath.intake.patient.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code org.carepath.intake.PatientRegistered.v1} on {@code carepath.intake.events.v1}: a clinic has a
 * new patient. Carries ids only; demographics stay in intake.
 */
public record PatientRegistered(UUID patientId, String clinicId, OffsetDateTime registeredAt) {

    public static final String TYPE = "org.carepath.intake.PatientRegistered.v1";
}
