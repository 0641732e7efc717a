package org.carepath.intake.patient.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.carepath.intake.patient.persistence.PatientEntity;
import org.carepath.platform.audit.HasId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Patient")
public record PatientView(UUID id, String clinicId, String givenName, String familyName, LocalDate dateOfBirth,
        String clinicMrn, OffsetDateTime registeredAt, long version) implements HasId {

    static PatientView of(PatientEntity patient) {
        return new PatientView(patient.id, patient.clinicId, patient.givenName, patient.familyName,
                patient.dateOfBirth, patient.clinicMrn, patient.registeredAt, patient.version);
    }
}
