package org.carepath.outcomes.patient.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.outcomes.patient.persistence.PatientProfile;
import org.carepath.platform.events.Topics;
import org.carepath.platform.inbox.EventHandler;
import org.carepath.platform.inbox.IncomingEvent;
import org.carepath.platform.inbox.PoisonEventException;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Keeps the patient read model from intake's PatientRegistered. */
@ApplicationScoped
public class PatientRegisteredHandler implements EventHandler {

    @Inject
    Clock clock;

    static final String TYPE = "org.carepath.intake.PatientRegistered.v1";

    record Registered(UUID patientId, String clinicId, OffsetDateTime registeredAt, Integer birthYear) {
    }

    @Inject
    ObjectMapper mapper;

    @Override
    public String topic() {
        return Topics.INTAKE;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(TYPE);
    }

    @Override
    public void handle(IncomingEvent event) {
        Registered registered = event.payload(mapper, Registered.class);
        if (registered.patientId() == null || registered.registeredAt() == null) {
            throw new PoisonEventException("PatientRegistered " + event.id() + " lacks its patient or time");
        }
        if (PatientProfile.findById(registered.patientId()) != null) {
            return;
        }
        PatientProfile patient = new PatientProfile();
        patient.patientId = registered.patientId();
        patient.birthYear = registered.birthYear();
        patient.registeredAt = registered.registeredAt();
        patient.receivedAt = OffsetDateTime.now(clock);
        patient.persist();
    }
}
