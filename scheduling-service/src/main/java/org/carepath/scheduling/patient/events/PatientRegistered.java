package org.carepath.scheduling.patient.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Scheduling's reading of intake's {@code PatientRegistered.v1}: only the fields it uses. */
public record PatientRegistered(UUID patientId, String clinicId, OffsetDateTime registeredAt) {

    public static final String TYPE = "org.carepath.intake.PatientRegistered.v1";
}
