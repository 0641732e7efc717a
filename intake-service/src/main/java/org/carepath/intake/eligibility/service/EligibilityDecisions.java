package org.carepath.intake.eligibility.service;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.carepath.intake.eligibility.domain.RouteOutcome;
import org.carepath.intake.eligibility.events.EligibilityDetermined;
import org.carepath.intake.eligibility.events.EligibilityReviewed;
import org.carepath.intake.eligibility.persistence.EligibilityDecisionEntity;
import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.Topics;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.outbox.Outbox;

/**
 * Appends a decision that revises the current one (a prescriber's review, a safety hold or its release) and
 * announces the outcomes now in force. The history only grows.
 */
@ApplicationScoped
public class EligibilityDecisions {

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public EligibilityDecisionEntity append(EligibilityDecisionEntity current, EligibilityDecisionEntity.Kind kind,
            List<RouteOutcome> routes, boolean urgent, String reason, String decidedBy) {
        EligibilityDecisionEntity next = new EligibilityDecisionEntity();
        next.id = Ids.newId();
        next.patientId = current.patientId;
        next.screeningId = current.screeningId;
        next.kind = kind;
        next.routes = routes;
        next.medicationFlags = current.medicationFlags;
        next.suicideRisk = current.suicideRisk;
        next.urgent = urgent;
        next.reviewedDecisionId = current.id;
        next.reviewReason = reason;
        next.decidedAt = OffsetDateTime.now();
        next.decidedBy = decidedBy;
        next.persistAndFlush();
        outbox.record(new OutgoingEvent(Topics.INTAKE, next.patientId.toString(), EligibilityReviewed.TYPE,
                "patients/" + next.patientId + "/eligibility", new EligibilityReviewed(next.id, current.id,
                        next.patientId, next.clinicId, EligibilityReviewed.Action.of(kind),
                        EligibilityDetermined.RouteOutcome.of(routes), next.decidedAt)));
        return next;
    }
}
