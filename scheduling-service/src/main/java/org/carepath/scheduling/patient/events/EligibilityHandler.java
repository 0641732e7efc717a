package org.carepath.scheduling.patient.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.platform.events.Topics;
import org.carepath.platform.inbox.EventHandler;
import org.carepath.platform.inbox.IncomingEvent;
import org.carepath.platform.inbox.PoisonEventException;
import org.carepath.scheduling.patient.persistence.PatientEligibility;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps the eligibility in force per patient from intake's EligibilityDetermined and EligibilityReviewed
 * (reviews, safety holds and releases): the latest decision wins, an older one arriving late changes nothing.
 */
@ApplicationScoped
public class EligibilityHandler implements EventHandler {

    static final String DETERMINED = "org.carepath.intake.EligibilityDetermined.v1";
    static final String REVIEWED = "org.carepath.intake.EligibilityReviewed.v1";

    /** Both events' fields that scheduling uses; {@code action} names the kind of a review. */
    record Decision(UUID decisionId, UUID patientId, String action, List<PatientEligibility.RouteOutcome> routes,
            Boolean urgent, OffsetDateTime decidedAt) {
    }

    @Inject
    ObjectMapper mapper;

    @Override
    public String topic() {
        return Topics.INTAKE;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(DETERMINED, REVIEWED);
    }

    @Override
    public void handle(IncomingEvent event) {
        Decision decision = event.payload(mapper, Decision.class);
        if (decision.decisionId() == null || decision.patientId() == null || decision.routes() == null
                || decision.decidedAt() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " lacks its decision, patient, routes or time");
        }
        PatientEligibility current = PatientEligibility.findById(decision.patientId());
        if (current != null && !decision.decidedAt().isAfter(current.decidedAt)) {
            return;
        }
        PatientEligibility eligibility = current != null ? current : new PatientEligibility();
        eligibility.patientId = decision.patientId();
        eligibility.decisionId = decision.decisionId();
        eligibility.kind = DETERMINED.equals(event.type()) ? "DETERMINED" : decision.action();
        eligibility.routes = decision.routes();
        eligibility.urgent = Boolean.TRUE.equals(decision.urgent()) || "SAFETY_HOLD".equals(decision.action());
        eligibility.decidedAt = decision.decidedAt();
        eligibility.receivedAt = OffsetDateTime.now();
        if (current == null) {
            eligibility.persist();
        }
    }
}
