package org.carepath.intake.eligibility.service;

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
import org.carepath.intake.eligibility.persistence.EligibilityDecisionEntity;
import org.carepath.intake.patient.service.PatientService;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CallerContext;

/** A prescriber's sign-off or override: a new decision in the history, never an edit of the old one. */
@ApplicationScoped
public class EligibilityReviewService {

    @Inject
    PatientService patients;

    @Inject
    EligibilityDecisions decisions;

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
        if (current.kind == EligibilityDecisionEntity.Kind.SAFETY_HOLD) {
            throw ProblemException.unprocessable("safety-alert-open",
                    "An open safety alert holds this patient; a clinician must resolve it in outcomes first");
        }
        List<RouteOutcome> routes;
        try {
            routes = action == Review.Action.SIGN_OFF ? Review.signOff(current.routes)
                    : Review.override(current.routes, outcomes);
        } catch (Review.RefusedException e) {
            throw ProblemException.unprocessable(e.code(), e.getMessage());
        }
        EligibilityDecisionEntity.Kind kind = action == Review.Action.SIGN_OFF
                ? EligibilityDecisionEntity.Kind.SIGNED_OFF : EligibilityDecisionEntity.Kind.OVERRIDDEN;
        EligibilityDecisionEntity reviewed = decisions.append(current, kind, routes, current.urgent, reason,
                caller.subject());
        return reviewed;
    }

    public List<EligibilityDecisionEntity> history(UUID patientId) {
        patients.get(patientId);
        return EligibilityDecisionEntity.historyOf(patientId);
    }
}
