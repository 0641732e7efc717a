package org.carepath.outcomes.patient.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.tenancy.ClinicScopedEntity;

/** A patient intake registered: the clinic and the birth year, as far as outcomes needs to know. */
@Entity
@Table(name = "patient_profile")
public class PatientProfile extends ClinicScopedEntity {

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    /** Year only; null for a patient registered before intake published it. */
    @Column(name = "birth_year")
    public Integer birthYear;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /**
     * The age the patient is at least on a date, from the birth year alone (the birthday may be later that year):
     * age rules then apply only when they surely hold. Null when the year is unknown.
     */
    public Integer ageAtLeast(LocalDate on) {
        return birthYear == null ? null : Math.max(0, on.getYear() - birthYear - 1);
    }
}
