package org.carepath.intake.patient.service;

import java.time.LocalDate;
import java.util.UUID;

/** A search in the caller's clinic: any criterion may be absent; results continue after {@code after}. */
public record PatientSearch(String name, LocalDate dateOfBirth, String clinicMrn, UUID after, int limit) {
}
