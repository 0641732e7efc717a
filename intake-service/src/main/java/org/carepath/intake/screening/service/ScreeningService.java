package org.carepath.intake.screening.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.carepath.intake.eligibility.domain.EligibilityDecision;
import org.carepath.intake.eligibility.domain.EligibilityEngine;
import org.carepath.intake.eligibility.domain.HistoryCondition;
import org.carepath.intake.eligibility.domain.HistoryEntry;
import org.carepath.intake.eligibility.domain.RouteOutcome;
import org.carepath.intake.eligibility.domain.Screening;
import org.carepath.intake.eligibility.events.EligibilityDetermined;
import org.carepath.intake.eligibility.persistence.EligibilityDecisionEntity;
import org.carepath.intake.eligibility.service.EligibilityPolicies;
import org.carepath.intake.eligibility.service.SafetyHoldService;
import org.carepath.intake.patient.domain.PregnancyStatus;
import org.carepath.intake.patient.persistence.PatientEntity;
import org.carepath.intake.patient.service.PatientService;
import org.carepath.intake.screening.events.ScreeningCompleted;
import org.carepath.intake.screening.persistence.ScreeningEntity;
import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.Topics;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.outbox.Outbox;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CallerContext;

import io.quarkus.panache.common.Sort;

/**
 * Records a screening and decides eligibility from it in one transaction, with ScreeningCompleted and
 * EligibilityDetermined in the outbox: a decision is never stored without its event, or the reverse.
 */
@ApplicationScoped
public class ScreeningService {

    /** A recorded screening and the decision now in force: the engine's, or a safety hold over it. */
    public record Recorded(ScreeningEntity screening, EligibilityDecisionEntity decision) {
    }

    @Inject
    PatientService patients;

    @Inject
    EligibilityPolicies policies;

    @Inject
    Outbox outbox;

    @Inject
    CallerContext caller;

    @Inject
    SafetyHoldService holds;

    @Transactional
    public Recorded record(UUID patientId, ScreeningInput input) {
        PatientEntity patient = patients.get(patientId);
        Screening screening;
        try {
            screening = new Screening(patient.dateOfBirth, input.assessedOn(), input.requestedRoutes(),
                    input.indication(), withPatientRecord(input.history(), patient), input.medications(),
                    input.antidepressantTrials(), input.suicideRiskScreen(), input.baselineSystolic(),
                    input.baselineDiastolic(), input.baselineHeartRate());
        } catch (IllegalArgumentException e) {
            // The domain's messages state the rule that was broken, never the patient's values.
            throw ProblemException.unprocessable("screening-inconsistent", e.getMessage());
        }
        EligibilityDecision decision = EligibilityEngine.decide(screening, policies.forClinic(patient.clinicId));
        OffsetDateTime now = OffsetDateTime.now();

        ScreeningEntity recorded = new ScreeningEntity();
        recorded.id = Ids.newId();
        recorded.patientId = patient.id;
        recorded.assessedOn = screening.assessedOn();
        recorded.indication = screening.indication();
        recorded.requestedRoutes = screening.requestedRoutes();
        recorded.history = screening.history();
        recorded.medications = screening.medications();
        recorded.antidepressantTrials = screening.antidepressantTrials();
        recorded.phq9Answers = input.phq9();
        recorded.phq9Total = input.phq9().stream().mapToInt(Integer::intValue).sum();
        recorded.gad7Answers = input.gad7();
        recorded.gad7Total = input.gad7().stream().mapToInt(Integer::intValue).sum();
        recorded.cssrs = screening.suicideRiskScreen();
        recorded.baselineSystolic = screening.baselineSystolic();
        recorded.baselineDiastolic = screening.baselineDiastolic();
        recorded.baselineHeartRate = screening.baselineHeartRate();
        recorded.recordedAt = now;
        recorded.recordedBy = caller.subject();
        recorded.persist();

        EligibilityDecisionEntity stored = new EligibilityDecisionEntity();
        stored.id = Ids.newId();
        stored.patientId = patient.id;
        stored.screeningId = recorded.id;
        stored.kind = EligibilityDecisionEntity.Kind.DETERMINED;
        stored.routes = decision.routes().stream().map(RouteOutcome::of).toList();
        stored.medicationFlags = decision.medicationFlags();
        stored.suicideRisk = decision.suicideRisk();
        stored.urgent = decision.urgent();
        stored.decidedAt = now;
        stored.decidedBy = caller.subject();
        stored.persistAndFlush();

        outbox.record(new OutgoingEvent(Topics.INTAKE, patient.id.toString(), ScreeningCompleted.TYPE,
                "patients/" + patient.id + "/screenings/" + recorded.id,
                new ScreeningCompleted(recorded.id, patient.id, patient.clinicId, recorded.assessedOn,
                        recorded.indication, recorded.requestedRoutes, recorded.phq9Total, recorded.gad7Total,
                        stored.suicideRisk, recorded.recordedAt)));
        outbox.record(new OutgoingEvent(Topics.INTAKE, patient.id.toString(), EligibilityDetermined.TYPE,
                "patients/" + patient.id + "/eligibility", new EligibilityDetermined(stored.id, patient.id,
                        patient.clinicId, recorded.id, EligibilityDetermined.RouteOutcome.of(stored.routes),
                        stored.suicideRisk, stored.urgent, stored.decidedAt)));
        // A screening does not clear an open safety alert: the new decision is held like the one before it.
        return new Recorded(recorded, holds.hold(patient.id));
    }

    public ScreeningEntity get(UUID patientId, UUID id) {
        patients.get(patientId);
        return ScreeningEntity.findOfPatient(patientId, id).orElseThrow(() -> ProblemException.notFound("Screening"));
    }

    public List<ScreeningEntity> list(UUID patientId, UUID after, int limit) {
        patients.get(patientId);
        return after == null
                ? ScreeningEntity.<ScreeningEntity>find("patientId", Sort.by("id"), patientId).page(0, limit).list()
                : ScreeningEntity.<ScreeningEntity>find("patientId = ?1 and id > ?2", Sort.by("id"), patientId, after)
                        .page(0, limit).list();
    }

    public EligibilityDecisionEntity currentEligibility(UUID patientId) {
        patients.get(patientId);
        return EligibilityDecisionEntity.latestOf(patientId)
                .orElseThrow(() -> ProblemException.notFound("Eligibility decision"));
    }

    /** Pregnancy and breast-feeding on the patient's record count even if the screening's history omits them. */
    private static List<HistoryEntry> withPatientRecord(List<HistoryEntry> history, PatientEntity patient) {
        List<HistoryEntry> merged = new ArrayList<>(history);
        if (patient.pregnancyStatus == PregnancyStatus.PREGNANT
                && history.stream().noneMatch(entry -> entry.condition() == HistoryCondition.PREGNANCY)) {
            merged.add(new HistoryEntry(HistoryCondition.PREGNANCY, null, true));
        }
        if (Boolean.TRUE.equals(patient.breastfeeding)
                && history.stream().noneMatch(entry -> entry.condition() == HistoryCondition.BREAST_FEEDING)) {
            merged.add(new HistoryEntry(HistoryCondition.BREAST_FEEDING, null, true));
        }
        return merged;
    }
}
