package org.carepath.scheduling.patient.events;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.platform.events.Topics;
import org.carepath.platform.inbox.EventHandler;
import org.carepath.platform.inbox.IncomingEvent;
import org.carepath.platform.inbox.PoisonEventException;
import org.carepath.scheduling.patient.persistence.PatientReference;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Keeps the patient read model: a registered patient becomes bookable at their clinic. */
@ApplicationScoped
public class PatientRegisteredHandler implements EventHandler {

    @Inject
    ObjectMapper mapper;

    @Override
    public String topic() {
        return Topics.INTAKE;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(PatientRegistered.TYPE);
    }

    @Override
    public void handle(IncomingEvent event) {
        PatientRegistered registered = event.payload(mapper, PatientRegistered.class);
        if (registered.patientId() == null || registered.registeredAt() == null
                || !Objects.equals(registered.clinicId(), event.clinicId())) {
            throw new PoisonEventException("PatientRegistered " + event.id() + " lacks a patient or its clinic");
        }
        if (PatientReference.count("patientId", registered.patientId()) > 0) {
            return;
        }
        PatientReference patient = new PatientReference();
        patient.patientId = registered.patientId();
        patient.registeredAt = registered.registeredAt();
        patient.receivedAt = OffsetDateTime.now();
        patient.persist();
    }
}
