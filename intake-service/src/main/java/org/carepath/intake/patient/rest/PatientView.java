package org.carepath.intake.patient.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.carepath.intake.patient.domain.PregnancyStatus;
import org.carepath.intake.patient.domain.Sex;
import org.carepath.intake.patient.persistence.PatientEntity;
import org.carepath.platform.audit.HasId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient as partners see it. The analytics pseudonym is deliberately not here. */
@Schema(name = "Patient")
public record PatientView(UUID id, String clinicId, String givenName, String familyName, LocalDate dateOfBirth,
        String clinicMrn, Sex sex, BigDecimal weightKg, PregnancyStatus pregnancyStatus, Boolean breastfeeding,
        Contact contact, EmergencyContact emergencyContact, OffsetDateTime registeredAt, OffsetDateTime updatedAt,
        @Schema(description = "Send as If-Match (quoted) to update") long version) implements HasId {

    @Schema(name = "PatientContact")
    public record Contact(String email, String phone, String addressLine1, String addressLine2, String city,
            String region, String postalCode, String country) {
    }

    @Schema(name = "PatientEmergencyContact")
    public record EmergencyContact(String name, String relationship, String phone) {
    }

    static PatientView of(PatientEntity p) {
        Contact contact = p.email == null && p.phone == null && p.addressLine1 == null && p.addressCity == null
                ? null
                : new Contact(p.email, p.phone, p.addressLine1, p.addressLine2, p.addressCity, p.addressRegion,
                        p.addressPostalCode, p.addressCountry);
        EmergencyContact emergency = p.emergencyName == null ? null
                : new EmergencyContact(p.emergencyName, p.emergencyRelationship, p.emergencyPhone);
        return new PatientView(p.id, p.clinicId, p.givenName, p.familyName, p.dateOfBirth, p.clinicMrn, p.sex,
                p.weightKg, p.pregnancyStatus, p.breastfeeding, contact, emergency, p.registeredAt, p.updatedAt,
                p.version);
    }
}
