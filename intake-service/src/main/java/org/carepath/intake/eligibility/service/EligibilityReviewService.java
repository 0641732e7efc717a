package org.carepath.intake.eligibility.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.carepath.intake.eligibility.domain.Outcome;
import org.carepath.intake.eligibility.domain.Review;
import org.carepath.intake.eligibility.domain.Route;
import org.carepath.intake.eligibility.domain.RouteOutcome;
import org.carepath.intake.eligibility.events.EligibilityDetermined;
import org.carepath.intake.eligibility.events.EligibilityReviewed;
import org.carepath.intake.eligibility.persistence.EligibilityDecisionEntity;
import org.carepath.intake.patient.service.PatientService;
import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.Topics;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.outbox.Outbox;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CallerContext;

/** A prescriber's sign-off or override: a new decision in the history, never an edit of the old one. */
@ApplicationScoped
public class EligibilityReviewService {

    @Inject
    PatientService patients;

    @Inject
    Outbox outbox;

    @Inject
    CallerContext caller;

    @Transactional
    public EligibilityDecisionEntity review(UUID patientId, UUID decisionId, Review.Action action,
            Map<Route, Outcome> outcomes, String reason) {
        patients.get(patientId);
        EligibilityDecisionEntity current = EligibilityDecisionEntity.latestOf(patientId)
                .orElseThrow(() -> ProblemException.notFound("Eligibility decision"));
        if (!current.id.equals(decisionId)) {
            throw ProblemException.conflict("stale-decision",
                    "A newer eligibility decision exists; review the current one");
        }
        List<RouteOutcome> routes;
        try {
            routes = action == Review.Action.SIGN_OFF ? Review.signOff(current.routes)
                    : Review.override(current.routes, outcomes);
        } catch (Review.RefusedException e) {
            throw ProblemException.unprocessable(e.code(), e.getMessage());
        }
        EligibilityDecisionEntity reviewed = new EligibilityDecisionEntity();
        reviewed.id = Ids.newId();
        reviewed.patientId = patientId;
        reviewed.screeningId = current.screeningId;
        reviewed.kind = action == Review.Action.SIGN_OFF ? EligibilityDecisionEntity.Kind.SIGNED_OFF
                : EligibilityDecisionEntity.Kind.OVERRIDDEN;
        reviewed.routes = routes;
        reviewed.medicationFlags = current.medicationFlags;
        reviewed.suicideRisk = current.suicideRisk;
        reviewed.urgent = current.urgent;
        reviewed.reviewedDecisionId = current.id;
        reviewed.reviewReason = reason;
        reviewed.decidedAt = OffsetDateTime.now();
        reviewed.decidedBy = caller.subject();
        reviewed.persistAndFlush();
        outbox.record(new OutgoingEvent(Topics.INTAKE, patientId.toString(), EligibilityReviewed.TYPE,
                "patients/" + patientId + "/eligibility", new EligibilityReviewed(reviewed.id, current.id, patientId,
                        reviewed.clinicId, action.name(), EligibilityDetermined.RouteOutcome.of(routes),
                        reviewed.decidedAt)));
        return reviewed;
    }

    public List<EligibilityDecisionEntity> history(UUID patientId) {
        patients.get(patientId);
        return EligibilityDecisionEntity.historyOf(patientId);
    }
}
