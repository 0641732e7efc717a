package org.carepath.intake.patient.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.carepath.intake.patient.service.NewPatient;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PatientRequest", description = "A patient to register with the caller's clinic")
public record PatientRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "Alex") String givenName,
        @NotBlank @Size(max = 100) @Schema(examples = "Rivera") String familyName,
        @NotNull @Past @Schema(examples = "1984-03-09") LocalDate dateOfBirth,
        @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' or '-' only")
        @Schema(description = "The clinic's own medical record number", examples = "MRN-004211") String clinicMrn) {

    NewPatient toNewPatient() {
        return new NewPatient(givenName.strip(), familyName.strip(), dateOfBirth, clinicMrn);
    }
}
