package org.carepath.intake.patient.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Version
    public long version;

    public static Optional<PatientEntity> findInClinic(UUID id) {
        return find("id", id).firstResultOptional();
    }
}
