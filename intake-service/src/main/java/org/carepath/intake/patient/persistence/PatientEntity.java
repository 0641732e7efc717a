package org.carepath.intake.patient.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.carepath.intake.patient.domain.PregnancyStatus;
import org.carepath.intake.patient.domain.Sex;
import org.carepath.platform.tenancy.ClinicScopedEntity;

/** A patient of one clinic; every query is filtered to the caller's clinic. */
@Entity
@Table(name = "patient")
public class PatientEntity extends ClinicScopedEntity {

    @Id
    public UUID id;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Column(name = "clinic_mrn")
    public String clinicMrn;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    @Column(name = "weight_kg")
    public BigDecimal weightKg;

    @Enumerated(EnumType.STRING)
    @Column(name = "pregnancy_status")
    public PregnancyStatus pregnancyStatus;

    public Boolean breastfeeding;

    public String email;

    public String phone;

    @Column(name = "address_line1")
    public String addressLine1;

    @Column(name = "address_line2")
    public String addressLine2;

    @Column(name = "address_city")
    public String addressCity;

    @Column(name = "address_region")
    public String addressRegion;

    @Column(name = "address_postal_code")
    public String addressPostalCode;

    @Column(name = "address_country")
    public String addressCountry;

    @Column(name = "emergency_name")
    public String emergencyName;

    @Column(name = "emergency_relationship")
    public String emergencyRelationship;

    @Column(name = "emergency_phone")
    public String emergencyPhone;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public static Optional<PatientEntity> findInClinic(UUID id) {
        return find("id", id).firstResultOptional();
    }
}
