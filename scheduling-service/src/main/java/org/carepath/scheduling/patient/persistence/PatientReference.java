package org.carepath.scheduling.patient.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.tenancy.ClinicScopedEntity;

/** A patient intake has registered, as far as scheduling needs to know: who, and of which clinic. */
@Entity
@Table(name = "patient_reference")
public class PatientReference extends ClinicScopedEntity {

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
