package org.carepath.outcomes.assessment.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Channel;
import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Level;
import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Source;
import org.carepath.outcomes.alert.service.SafetyAlertService;
import org.carepath.outcomes.analytics.service.AnalyticsFeed;
import org.carepath.outcomes.assessment.domain.Assessment;
import org.carepath.outcomes.assessment.domain.Flag;
import org.carepath.outcomes.assessment.domain.Instrument;
import org.carepath.outcomes.assessment.domain.OutcomePolicy;
import org.carepath.outcomes.assessment.domain.Score;
import org.carepath.outcomes.assessment.domain.Scorer;
import org.carepath.outcomes.assessment.domain.Trajectory;
import org.carepath.outcomes.assessment.events.AssessmentScored;
import org.carepath.outcomes.assessment.events.OutcomeMilestone;
import org.carepath.outcomes.assessment.persistence.AssessmentEntity;
import org.carepath.outcomes.assessment.persistence.OutcomeSummaries;
import org.carepath.outcomes.assessment.persistence.ScreeningScoreEntity;
import org.carepath.outcomes.patient.persistence.PatientProfile;
import org.carepath.outcomes.session.persistence.DosingSessionEntity;
import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.Topics;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.outbox.Outbox;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CallerContext;
import org.carepath.platform.security.PatientAccess;

import io.quarkus.panache.common.Parameters;

/**
 * Scores and stores assessments. A suicide-risk answer or a loss of consciousness raises its safety alert in the
 * same transaction (rule 9), whoever entered the form: the patient app's answers are never suppressed.
 */
@ApplicationScoped
public class AssessmentService {

    private static final List<Instrument> OUTCOME_INSTRUMENTS =
            Stream.of(Instrument.values()).filter(Instrument::outcomeMeasure).toList();

    @Inject
    Clock clock;

    @Inject
    OutcomePolicies policies;

    @Inject
    SafetyAlertService alerts;

    @Inject
    Outbox outbox;

    @Inject
    AnalyticsFeed analytics;

    @Inject
    AssessmentSchedule schedule;

    @Inject
    CallerContext caller;

    @Inject
    PatientAccess access;

    @Inject
    OutcomeSummaries summaries;

    @Transactional
    public AssessmentEntity record(UUID patientId, Instrument instrument, List<Integer> answers, OffsetDateTime takenAt,
            UUID dosingSessionId) {
        access.requireMayActFor(patientId);
        if (access.isPatient() && !instrument.selfReport()) {
            throw ProblemException.unprocessable("instrument-not-self-report",
                    instrument + " is rated by a clinician; the patient app submits self-report questionnaires only");
        }
        // Locked: a patient's scores are recorded one at a time, and not while a dose moves their baseline window,
        // so each reads the outcome summaries as the last write left them.
        PatientProfile patient = PatientProfile.findById(patientId, LockModeType.PESSIMISTIC_WRITE);
        if (patient == null) {
            // Another clinic's patient is not found, exactly as one that does not exist.
            throw ProblemException.notFound("Patient");
        }
        if (dosingSessionId != null && DosingSessionEntity.count("id = ?1 and patientId = ?2", dosingSessionId,
                patientId) == 0) {
            throw ProblemException.invalidField("dosingSessionId", "is not a dosing session of this patient");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime taken = takenAt == null ? now : takenAt;
        if (taken.isAfter(now.plusMinutes(5))) {
            throw ProblemException.invalidField("takenAt", "must not be in the future");
        }
        Score score;
        try {
            score = new Scorer(policies.forClinic(patient.clinicId)).score(instrument, answers);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("answers", e.getMessage());
        }
        AssessmentEntity assessment = new AssessmentEntity();
        assessment.id = Ids.newId();
        assessment.patientId = patientId;
        assessment.instrument = instrument;
        assessment.version = score.version();
        assessment.answers = score.answers();
        assessment.total = score.total();
        assessment.band = score.band();
        assessment.flags = score.flags();
        assessment.prorated = score.prorated();
        assessment.takenAt = taken;
        assessment.channel = access.isPatient() ? Channel.PATIENT_APP : Channel.STAFF;
        assessment.dosingSessionId = dosingSessionId;
        assessment.enteredBy = caller.subject();
        assessment.enteredByRoles = caller.rolesForAudit();
        assessment.recordedAt = now;
        assessment.persist();
        raiseAlerts(assessment);
        outbox.record(new OutgoingEvent(Topics.OUTCOMES, patientId.toString(), AssessmentScored.TYPE,
                "assessments/" + assessment.id, AssessmentScored.of(assessment)));
        analytics.assessmentScored(assessment);
        schedule.satisfy(assessment);
        if (instrument.outcomeMeasure()) {
            announceMilestones(assessment, summaries.record(assessment.clinicId, patientId, assessment.toAssessment()),
                    policies.forClinic(patient.clinicId));
        }
        return assessment;
    }

    public AssessmentEntity get(UUID id) {
        AssessmentEntity assessment = AssessmentEntity.findById(id);
        if (assessment == null) {
            throw ProblemException.notFound("Assessment");
        }
        access.requireMaySee(assessment.patientId, "Assessment");
        return assessment;
    }

    /** A patient's assessments, newest first, optionally of one instrument; one more than the page. */
    public List<AssessmentEntity> list(UUID patientId, Instrument instrument, UUID after, int limit) {
        StringBuilder query = new StringBuilder("patientId = :patientId");
        Parameters parameters = Parameters.with("patientId", patientId);
        if (instrument != null) {
            query.append(" and instrument = :instrument");
            parameters.and("instrument", instrument);
        }
        if (after != null) {
            query.append(" and id < :after");
            parameters.and("after", after);
        }
        return AssessmentEntity.<AssessmentEntity>find(query + " order by id desc", parameters).page(0, limit + 1).list();
    }

    /**
     * A patient's scores on each outcome instrument, for trajectories: the assessments recorded here and the baseline
     * totals of intake's screenings, each in time order with a screening first when both were taken at once.
     */
    public Map<Instrument, List<Assessment>> outcomeScores(UUID patientId) {
        return scores(patientId, OUTCOME_INSTRUMENTS);
    }

    private static Map<Instrument, List<Assessment>> scores(UUID patientId, List<Instrument> instruments) {
        Map<Instrument, List<Assessment>> byInstrument = new EnumMap<>(Instrument.class);
        Stream.concat(
                ScreeningScoreEntity.<ScreeningScoreEntity>list("patientId = ?1 and instrument in ?2 order by takenAt",
                        patientId, instruments).stream().map(ScreeningScoreEntity::toAssessment),
                AssessmentEntity.<AssessmentEntity>list("patientId = ?1 and instrument in ?2 order by takenAt, id",
                        patientId, instruments).stream().map(AssessmentEntity::toAssessment))
                .forEach(score -> byInstrument.computeIfAbsent(score.instrument(), i -> new ArrayList<>()).add(score));
        return byInstrument;
    }

    /**
     * Response, remission or relapse reached by this assessment (not already before it) is announced once, and only
     * against a baseline taken before the first dose: without one nothing is claimed. The patient's outcome summary
     * holds all the trajectories before and after it need, except MADRS's relapse rule, which follows every score
     * since the baseline: MADRS alone reads its history.
     */
    private void announceMilestones(AssessmentEntity assessment, OutcomeSummaries.Change change, OutcomePolicy policy) {
        if (change.before() == null || !change.after().latest().id().equals(assessment.id)) {
            return;
        }
        List<Assessment> after;
        List<Assessment> before;
        if (assessment.instrument == Instrument.MADRS) {
            after = scores(assessment.patientId, List.of(assessment.instrument)).get(assessment.instrument);
            before = after.stream().filter(a -> !a.id().equals(assessment.id)).toList();
        } else {
            // The latest score is this one as recorded, with the offset it was given.
            after = new OutcomeSummaries.Summary(change.after().baseline(), assessment.toAssessment()).scores();
            before = change.before().scores();
        }
        Trajectory was = Trajectory.of(before, change.firstDoseAt(), policy);
        Trajectory is = Trajectory.of(after, change.firstDoseAt(), policy);
        if (is.responseClaimed() && !was.responseClaimed()) {
            milestone(OutcomeMilestone.RESPONSE, "RESPONSE", assessment, is);
        }
        if (is.remissionClaimed() && !was.remissionClaimed()) {
            milestone(OutcomeMilestone.REMISSION, "REMISSION", assessment, is);
        }
        if (is.relapseClaimed() && !was.relapseClaimed()) {
            milestone(OutcomeMilestone.RELAPSE, "RELAPSE", assessment, is);
        }
    }

    private void milestone(String type, String milestone, AssessmentEntity assessment, Trajectory trajectory) {
        outbox.record(new OutgoingEvent(Topics.OUTCOMES, assessment.patientId.toString(), type,
                "assessments/" + assessment.id, OutcomeMilestone.of(assessment.patientId, assessment.clinicId, trajectory)));
        analytics.milestone(milestone, assessment, trajectory);
    }

    private void raiseAlerts(AssessmentEntity assessment) {
        if (assessment.flags.contains(Flag.SUICIDE_RISK_URGENT)) {
            alerts.raise(assessment.patientId, Level.URGENT, reason(assessment.instrument, "high-risk"), Source.ASSESSMENT,
                    assessment.id, assessment.channel);
        } else if (assessment.flags.contains(Flag.SUICIDE_RISK_MODERATE)) {
            alerts.raise(assessment.patientId, Level.MODERATE, reason(assessment.instrument, "moderate-risk"),
                    Source.ASSESSMENT, assessment.id, assessment.channel);
        }
        if (assessment.flags.contains(Flag.LOSS_OF_CONSCIOUSNESS)) {
            alerts.raise(assessment.patientId, Level.URGENT, "moaas-loss-of-consciousness", Source.ASSESSMENT,
                    assessment.id, assessment.channel);
        }
    }

    /** PHQ-9's only risk is item 9; the C-SSRS screener has levels. */
    private static String reason(Instrument instrument, String level) {
        return instrument == Instrument.PHQ_9 ? "phq9-item9-positive" : "cssrs-" + level;
    }
}
