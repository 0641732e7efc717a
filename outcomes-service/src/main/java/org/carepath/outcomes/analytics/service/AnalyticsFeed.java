package org.carepath.outcomes.analytics.service;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.carepath.outcomes.adverse.persistence.AdverseEventEntity;
import org.carepath.outcomes.alert.persistence.SafetyAlertEntity;
import org.carepath.outcomes.analytics.events.AnalyticsEvents;
import org.carepath.outcomes.assessment.domain.Trajectory;
import org.carepath.outcomes.assessment.persistence.AssessmentEntity;
import org.carepath.outcomes.patient.persistence.PatientProfile;
import org.carepath.outcomes.session.persistence.DosingSessionEntity;
import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.Topics;
import org.carepath.platform.outbox.Outbox;

/**
 * Every outcome fact also goes, de-identified, to the analytics stream, in the transaction of the fact itself so the
 * stream is complete. The record key is the pseudonym, so one patient's facts stay in order without naming them.
 */
@ApplicationScoped
public class AnalyticsFeed {

    @Inject
    Outbox outbox;

    @Inject
    Pseudonyms pseudonyms;

    @Transactional(Transactional.TxType.MANDATORY)
    public void assessmentScored(AssessmentEntity a) {
        Subject s = subject(a.patientId, a.clinicId, a.takenAt);
        Optional<DosingSessionEntity> last = lastSessionBefore(a.patientId, a.takenAt);
        publish(s, AnalyticsEvents.ASSESSMENT_SCORED, new AnalyticsEvents.AssessmentScored(s.pseudonym(), a.clinicId,
                s.year(), s.ageBand(), a.instrument.name(), a.total,
                a.band == null ? null : a.band.name(), a.bandLabel(),
                a.flags.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)), a.prorated,
                a.channel.name(), last.map(x -> x.route.name()).orElse(null), sessionsBefore(a.patientId, a.takenAt)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionCompleted(DosingSessionEntity d) {
        Subject s = subject(d.patientId, d.clinicId, d.administeredAt);
        publish(s, AnalyticsEvents.DOSING_SESSION_COMPLETED, new AnalyticsEvents.DosingSessionCompleted(s.pseudonym(),
                d.clinicId, s.year(), s.ageBand(), d.route.name(), d.doseMg, d.doseMgPerKg,
                sessionsBefore(d.patientId, d.administeredAt) + 1));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void alertRaised(SafetyAlertEntity alert) {
        Subject s = subject(alert.patientId, alert.clinicId, alert.raisedAt);
        publish(s, AnalyticsEvents.SAFETY_ALERT_RAISED, new AnalyticsEvents.SafetyAlertRaised(s.pseudonym(),
                alert.clinicId, s.year(), s.ageBand(), alert.level.name(), alert.reasonCode, alert.source.name(),
                alert.channel.name()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void adverseEventReported(AdverseEventEntity e) {
        Subject s = subject(e.patientId, e.clinicId, e.onsetAt);
        String route = e.sessionId == null ? null
                : DosingSessionEntity.<DosingSessionEntity>findByIdOptional(e.sessionId).map(x -> x.route.name()).orElse(null);
        publish(s, AnalyticsEvents.ADVERSE_EVENT_REPORTED, new AnalyticsEvents.AdverseEventReported(s.pseudonym(),
                e.clinicId, s.year(), s.ageBand(), e.severity.name(), e.serious,
                e.seriousnessCriteria.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)),
                e.outcome.name(), e.relationToDose.name(), route));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void milestone(String milestone, AssessmentEntity a, Trajectory trajectory) {
        Subject s = subject(a.patientId, a.clinicId, a.takenAt);
        publish(s, AnalyticsEvents.OUTCOME_MILESTONE, new AnalyticsEvents.OutcomeMilestone(s.pseudonym(), a.clinicId,
                s.year(), s.ageBand(), milestone, a.instrument.name(), trajectory.baselineTotal(),
                trajectory.latestTotal(), trajectory.percentChange(),
                lastSessionBefore(a.patientId, a.takenAt).map(x -> x.route.name()).orElse(null),
                sessionsBefore(a.patientId, a.takenAt)));
    }

    /** Who and when, de-identified: the pseudonym, the year, and the age band in that year. */
    private record Subject(UUID pseudonym, int year, String ageBand) {
    }

    private Subject subject(UUID patientId, String clinicId, OffsetDateTime when) {
        PatientProfile patient = PatientProfile.findById(patientId);
        int year = when.getYear();
        return new Subject(pseudonyms.of(patientId, clinicId), year,
                AgeBands.of(patient == null ? null : patient.birthYear, year));
    }

    private void publish(Subject subject, String type, Object payload) {
        outbox.record(new OutgoingEvent(Topics.ANALYTICS_OUTCOMES, subject.pseudonym().toString(), type, null, payload));
    }

    private static int sessionsBefore(UUID patientId, OffsetDateTime at) {
        return (int) DosingSessionEntity.count("patientId = ?1 and administeredAt < ?2", patientId, at);
    }

    private static Optional<DosingSessionEntity> lastSessionBefore(UUID patientId, OffsetDateTime at) {
        return DosingSessionEntity.<DosingSessionEntity>find("patientId = ?1 and administeredAt <= ?2"
                + " order by administeredAt desc", patientId, at).firstResultOptional();
    }
}
