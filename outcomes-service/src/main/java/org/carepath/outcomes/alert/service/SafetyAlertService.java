package org.carepath.outcomes.alert.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.carepath.outcomes.alert.events.SafetyAlertEvents;
import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Channel;
import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Level;
import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Source;
import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Status;
import org.carepath.outcomes.alert.persistence.SafetyAlertEntity;
import org.carepath.outcomes.analytics.service.AnalyticsFeed;
import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.SafetyAlerts;
import org.carepath.platform.events.Topics;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.outbox.Outbox;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CallerContext;

import io.quarkus.panache.common.Parameters;

/**
 * Safety alerts (DOMAIN.md rule 9): raised in the transaction of their cause, so an assessment or reading is never
 * stored without its alert and event; acknowledged, then resolved by a clinician with a note.
 */
@ApplicationScoped
public class SafetyAlertService {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    AnalyticsFeed analytics;

    @Inject
    CallerContext caller;

    /** Must run in the cause's transaction: the alert and SafetyAlertRaised commit with it or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SafetyAlertEntity raise(UUID patientId, Level level, String reasonCode, Source source, UUID sourceId,
            Channel channel) {
        SafetyAlertEntity alert = new SafetyAlertEntity();
        alert.id = Ids.newId();
        alert.patientId = patientId;
        alert.level = level;
        alert.reasonCode = reasonCode;
        alert.source = source;
        alert.sourceId = sourceId;
        alert.channel = channel;
        alert.status = Status.OPEN;
        alert.raisedAt = OffsetDateTime.now(clock);
        alert.persist();
        outbox.record(new OutgoingEvent(Topics.OUTCOMES, patientId.toString(), SafetyAlerts.RAISED,
                "safety-alerts/" + alert.id, SafetyAlertEvents.Raised.of(alert)));
        analytics.alertRaised(alert);
        return alert;
    }

    @Transactional
    public SafetyAlertEntity acknowledge(UUID id) {
        SafetyAlertEntity alert = get(id);
        if (alert.status != Status.OPEN) {
            throw ProblemException.conflict("alert-not-open", "Only an OPEN alert can be acknowledged; this one is "
                    + alert.status);
        }
        alert.status = Status.ACKNOWLEDGED;
        alert.acknowledgedAt = OffsetDateTime.now(clock);
        alert.acknowledgedBy = caller.subject();
        return alert;
    }

    @Transactional
    public SafetyAlertEntity resolve(UUID id, String note) {
        SafetyAlertEntity alert = get(id);
        if (alert.status == Status.RESOLVED) {
            throw ProblemException.conflict("alert-already-resolved", "The alert was already resolved");
        }
        alert.status = Status.RESOLVED;
        alert.resolvedAt = OffsetDateTime.now(clock);
        alert.resolvedBy = caller.subject();
        alert.resolutionNote = note;
        outbox.record(new OutgoingEvent(Topics.OUTCOMES, alert.patientId.toString(), SafetyAlerts.RESOLVED,
                "safety-alerts/" + alert.id, SafetyAlertEvents.Resolved.of(alert)));
        return alert;
    }

    public SafetyAlertEntity get(UUID id) {
        SafetyAlertEntity alert = SafetyAlertEntity.findById(id);
        if (alert == null) {
            throw ProblemException.notFound("SafetyAlert");
        }
        return alert;
    }

    /** Alerts in the order raised (newest first), optionally one patient's or one status; one more than the page. */
    public List<SafetyAlertEntity> list(UUID patientId, Status status, UUID after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (patientId != null) {
            query.append(" and patientId = :patientId");
            parameters.and("patientId", patientId);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (after != null) {
            query.append(" and id < :after");
            parameters.and("after", after);
        }
        return SafetyAlertEntity.<SafetyAlertEntity>find(query + " order by id desc", parameters).page(0, limit + 1).list();
    }
}
