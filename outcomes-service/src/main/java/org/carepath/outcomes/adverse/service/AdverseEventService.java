package org.carepath.outcomes.adverse.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.carepath.outcomes.adverse.domain.AdverseEventGrading.Outcome;
import org.carepath.outcomes.adverse.domain.AdverseEventGrading.Relation;
import org.carepath.outcomes.adverse.domain.AdverseEventGrading.SeriousnessCriterion;
import org.carepath.outcomes.adverse.domain.AdverseEventGrading.Severity;
import org.carepath.outcomes.adverse.domain.AdverseEventGrading;
import org.carepath.outcomes.adverse.events.AdverseEventReported;
import org.carepath.outcomes.adverse.persistence.AdverseEventEntity;
import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Channel;
import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Level;
import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Source;
import org.carepath.outcomes.alert.service.SafetyAlertService;
import org.carepath.outcomes.analytics.service.AnalyticsFeed;
import org.carepath.outcomes.patient.persistence.PatientProfile;
import org.carepath.outcomes.session.persistence.DosingSessionEntity;
import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.Topics;
import org.carepath.platform.http.ETags;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.outbox.Outbox;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CallerContext;

/** Adverse events: a serious one raises a safety alert in the same transaction as its report. */
@ApplicationScoped
public class AdverseEventService {

    @Inject
    Clock clock;

    /** What a clinician reports. */
    public record Report(UUID patientId, UUID sessionId, String term, Severity severity,
            Set<SeriousnessCriterion> seriousnessCriteria, Outcome outcome, Relation relationToDose,
            OffsetDateTime onsetAt) {
    }

    @Inject
    SafetyAlertService alerts;

    @Inject
    Outbox outbox;

    @Inject
    AnalyticsFeed analytics;

    @Inject
    CallerContext caller;

    @Transactional
    public AdverseEventEntity report(Report report) {
        if (PatientProfile.findById(report.patientId()) == null) {
            // Another clinic's patient is not found, exactly as one that does not exist.
            throw ProblemException.notFound("Patient");
        }
        if (report.sessionId() != null) {
            DosingSessionEntity session = DosingSessionEntity.findById(report.sessionId());
            if (session == null || !session.patientId.equals(report.patientId())) {
                throw ProblemException.invalidField("sessionId", "is not a dosing session of this patient");
            }
        }
        if (report.onsetAt().isAfter(OffsetDateTime.now(clock).plusMinutes(2))) {
            throw ProblemException.invalidField("onsetAt", "must not be in the future");
        }
        Set<SeriousnessCriterion> criteria = report.seriousnessCriteria().isEmpty()
                ? EnumSet.noneOf(SeriousnessCriterion.class) : EnumSet.copyOf(report.seriousnessCriteria());
        requireConsistent(criteria, report.outcome());
        AdverseEventEntity event = new AdverseEventEntity();
        event.id = Ids.newId();
        event.patientId = report.patientId();
        event.sessionId = report.sessionId();
        event.term = report.term().strip();
        event.severity = report.severity();
        event.seriousnessCriteria = criteria;
        event.serious = AdverseEventGrading.serious(criteria);
        event.outcome = report.outcome();
        event.relationToDose = report.relationToDose();
        event.onsetAt = report.onsetAt();
        event.reportedBy = caller.subject();
        event.reportedAt = OffsetDateTime.now(clock);
        event.persist();
        if (event.serious) {
            alerts.raise(event.patientId, Level.HIGH, "serious-adverse-event", Source.ADVERSE_EVENT, event.id,
                    Channel.STAFF);
        }
        publish(event);
        analytics.adverseEventReported(event);
        return event;
    }

    /** Follow-up: the outcome changes (ongoing, then resolved); the version guards against a lost update. */
    @Transactional
    public AdverseEventEntity updateOutcome(UUID id, String ifMatch, Outcome outcome) {
        AdverseEventEntity event = get(id);
        ETags.requireMatch(ifMatch, event.version);
        requireConsistent(event.seriousnessCriteria, outcome);
        event.outcome = outcome;
        event.flush();
        publish(event);
        return event;
    }

    public AdverseEventEntity get(UUID id) {
        AdverseEventEntity event = AdverseEventEntity.findById(id);
        if (event == null) {
            throw ProblemException.notFound("AdverseEvent");
        }
        return event;
    }

    public List<AdverseEventEntity> ofPatient(UUID patientId) {
        return AdverseEventEntity.list("patientId = ?1 order by onsetAt desc, id desc", patientId);
    }

    private void publish(AdverseEventEntity event) {
        outbox.record(new OutgoingEvent(Topics.OUTCOMES, event.patientId.toString(), AdverseEventReported.TYPE,
                "adverse-events/" + event.id, AdverseEventReported.of(event, OffsetDateTime.now(clock))));
    }

    private static void requireConsistent(Set<SeriousnessCriterion> criteria, Outcome outcome) {
        if (!AdverseEventGrading.consistent(criteria, outcome)) {
            throw ProblemException.invalidField("outcome", "FATAL requires the DEATH seriousness criterion");
        }
    }
}
