package org.carepath.intake.patient.service;

import java.time.LocalDate;

/** What a clinic provides to register a patient, already validated at the edge. */
public record NewPatient(String givenName, String familyName, LocalDate dateOfBirth, String clinicMrn) {
}
