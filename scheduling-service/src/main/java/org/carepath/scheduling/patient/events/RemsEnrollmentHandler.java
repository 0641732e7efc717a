package org.carepath.scheduling.patient.events;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.platform.events.Topics;
import org.carepath.platform.inbox.EventHandler;
import org.carepath.platform.inbox.IncomingEvent;
import org.carepath.platform.inbox.PoisonEventException;
import org.carepath.scheduling.patient.persistence.RemsEnrollment;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Keeps the REMS enrollments on file from intake's ConsentRecorded and ConsentWithdrawn; other consents are ignored. */
@ApplicationScoped
public class RemsEnrollmentHandler implements EventHandler {

    static final String RECORDED = "org.carepath.intake.ConsentRecorded.v1";
    static final String WITHDRAWN = "org.carepath.intake.ConsentWithdrawn.v1";
    static final String REMS_KIND = "REMS_PATIENT_ENROLLMENT";

    record Consent(UUID consentId, UUID patientId, String kind, OffsetDateTime signedAt, OffsetDateTime withdrawnAt) {
    }

    @Inject
    ObjectMapper mapper;

    @Override
    public String topic() {
        return Topics.INTAKE;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(RECORDED, WITHDRAWN);
    }

    @Override
    public void handle(IncomingEvent event) {
        Consent consent = event.payload(mapper, Consent.class);
        if (consent.consentId() == null || consent.patientId() == null || consent.kind() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " lacks its consent, patient or kind");
        }
        if (!REMS_KIND.equals(consent.kind())) {
            return;
        }
        RemsEnrollment enrollment = RemsEnrollment.findById(consent.consentId());
        if (RECORDED.equals(event.type())) {
            if (consent.signedAt() == null) {
                throw new PoisonEventException(event.type() + " " + event.id() + " lacks the signing time");
            }
            if (enrollment == null) {
                enrollment = new RemsEnrollment();
                enrollment.consentId = consent.consentId();
                enrollment.patientId = consent.patientId();
                enrollment.signedAt = consent.signedAt();
                enrollment.persist();
            }
            return;
        }
        if (consent.withdrawnAt() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " lacks the withdrawal time");
        }
        if (enrollment == null) {
            // The recording is older than the topic's retention: keep the withdrawal so a replay cannot re-enable it.
            enrollment = new RemsEnrollment();
            enrollment.consentId = consent.consentId();
            enrollment.patientId = consent.patientId();
            enrollment.signedAt = consent.withdrawnAt();
            enrollment.withdrawnAt = consent.withdrawnAt();
            enrollment.persist();
        } else if (enrollment.withdrawnAt == null) {
            enrollment.withdrawnAt = consent.withdrawnAt();
        }
    }
}
