package org.carepath.intake.patient.persistence;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.tenancy.ClinicScopedEntity;

/** The random id analytics knows a patient by; the link to identity never leaves intake. */
@Entity
@Table(name = "patient_pseudonym")
public class PatientPseudonym extends ClinicScopedEntity {

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "analytics_id", nullable = false, unique = true)
    public UUID analyticsId;
}
