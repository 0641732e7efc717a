package org.carepath.intake.patient.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.carepath.intake.patient.events.PatientRegistered;
import org.carepath.intake.patient.persistence.PatientEntity;
import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.Topics;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.outbox.Outbox;
import org.carepath.platform.problem.ProblemException;

/** Registering and reading patients; each registration and its event commit together. */
@ApplicationScoped
public class PatientService {

    @Inject
    Outbox outbox;

    @Transactional
    public PatientEntity register(NewPatient request) {
        PatientEntity patient = new PatientEntity();
        patient.id = Ids.newId();
        patient.givenName = request.givenName();
        patient.familyName = request.familyName();
        patient.dateOfBirth = request.dateOfBirth();
        patient.clinicMrn = request.clinicMrn();
        patient.registeredAt = OffsetDateTime.now();
        patient.persistAndFlush();
        outbox.record(new OutgoingEvent(Topics.INTAKE, patient.id.toString(), PatientRegistered.TYPE,
                "patients/" + patient.id, new PatientRegistered(patient.id, patient.clinicId, patient.registeredAt)));
        return patient;
    }

    public PatientEntity get(UUID id) {
        return PatientEntity.findInClinic(id).orElseThrow(() -> ProblemException.notFound("Patient"));
    }
}
