package org.carepath.intake.patient.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.carepath.intake.patient.domain.PregnancyStatus;
import org.carepath.intake.patient.domain.Sex;
import org.carepath.intake.patient.service.NewPatient;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PatientRequest", description = "A patient's details: to register one, or to replace them with PUT")
public record PatientRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "Alex") String givenName,
        @NotBlank @Size(max = 100) @Schema(examples = "Rivera") String familyName,
        @NotNull @Past @Schema(examples = "1984-03-09") LocalDate dateOfBirth,
        @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' or '-' only")
        @Schema(description = "The clinic's own medical record number", examples = "MRN-004211") String clinicMrn,
        @Schema(examples = "FEMALE") Sex sex,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("500") @Digits(integer = 3, fraction = 1)
        @Schema(description = "Body weight in kg, for mg/kg dosing", examples = "72.5") BigDecimal weightKg,
        @Schema(examples = "NOT_PREGNANT") PregnancyStatus pregnancyStatus,
        @Schema(examples = "false") Boolean breastfeeding,
        @Valid ContactRequest contact,
        @Valid EmergencyContactRequest emergencyContact) {

    @Schema(name = "Contact")
    public record ContactRequest(
            @Email @Size(max = 254) @Schema(examples = "alex.rivera@example.org") String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{5,31}", message = "digits, spaces, '(', ')', '-' and a leading '+' only")
            @Schema(examples = "+1 555 0100") String phone,
            @Size(max = 200) String addressLine1,
            @Size(max = 200) String addressLine2,
            @Size(max = 100) String city,
            @Size(max = 100) String region,
            @Size(max = 20) String postalCode,
            @Pattern(regexp = "[A-Z]{2}", message = "an ISO 3166-1 alpha-2 code") @Schema(examples = "US") String country) {
    }

    @Schema(name = "EmergencyContact")
    public record EmergencyContactRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) @Schema(examples = "spouse") String relationship,
            @NotBlank @Pattern(regexp = "\\+?[0-9 ()-]{5,31}", message = "digits, spaces, '(', ')', '-' and a leading '+' only")
            String phone) {
    }

    NewPatient toNewPatient() {
        return new NewPatient(givenName.strip(), familyName.strip(), dateOfBirth, clinicMrn, sex, weightKg,
                pregnancyStatus, breastfeeding,
                contact == null ? null : new NewPatient.Contact(contact.email(), contact.phone(), contact.addressLine1(),
                        contact.addressLine2(), contact.city(), contact.region(), contact.postalCode(), contact.country()),
                emergencyContact == null ? null : new NewPatient.EmergencyContact(emergencyContact.name(),
                        emergencyContact.relationship(), emergencyContact.phone()));
    }
}
