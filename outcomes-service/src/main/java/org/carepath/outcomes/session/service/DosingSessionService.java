package org.carepath.outcomes.session.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Channel;
import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Level;
import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Source;
import org.carepath.outcomes.alert.service.SafetyAlertService;
import org.carepath.outcomes.analytics.service.AnalyticsFeed;
import org.carepath.outcomes.assessment.persistence.OutcomeSummaries;
import org.carepath.outcomes.patient.persistence.PatientProfile;
import org.carepath.outcomes.rems.service.MonitoringForms;
import org.carepath.outcomes.session.domain.ConcomitantMedications;
import org.carepath.outcomes.session.domain.DischargeRule;
import org.carepath.outcomes.session.domain.MonitoringForm;
import org.carepath.outcomes.session.domain.PreDoseBpHold;
import org.carepath.outcomes.session.domain.PreDoseChecklist;
import org.carepath.outcomes.session.domain.PrescriberOverride;
import org.carepath.outcomes.session.domain.Route;
import org.carepath.outcomes.session.domain.SafetySignal;
import org.carepath.outcomes.session.domain.SessionPolicy;
import org.carepath.outcomes.session.domain.SessionSafetySignals;
import org.carepath.outcomes.session.domain.SignalLevel;
import org.carepath.outcomes.session.domain.UnmetRequirement;
import org.carepath.outcomes.session.domain.Vitals;
import org.carepath.outcomes.session.events.DosingSessionCompleted;
import org.carepath.outcomes.session.persistence.DosingSessionEntity.Status;
import org.carepath.outcomes.session.persistence.DosingSessionEntity;
import org.carepath.outcomes.session.persistence.SessionObservationEntity;
import org.carepath.outcomes.session.persistence.SessionVitalsEntity;
import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.Topics;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.outbox.Outbox;
import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.problem.ProblemType;
import org.carepath.platform.security.CallerContext;

/**
 * A dosing session from check-in to discharge: vitals, the pre-dose checklist and BP hold (rule 5), the dose,
 * sedation observations and readiness; discharge only once the route's monitoring rules hold (rule 2). Unsafe
 * readings raise their safety alert in the same transaction.
 */
@ApplicationScoped
public class DosingSessionService {

    @Inject
    Clock clock;

    /** The dose as administered: mg for esketamine and fixed doses, mg/kg for weight-based routes. */
    public record Dose(Route route, BigDecimal doseMg, BigDecimal doseMgPerKg, Integer devices, String lotNumber,
            ConcomitantMedications concomitantMedications, OffsetDateTime administeredAt) {
    }

    /** A reading or action may be recorded after the fact, but never before check-in or in the future. */
    private static final int CLOCK_SKEW_MINUTES = 2;
    public static final int ESKETAMINE_DEVICE_MG = 28; // one nasal device, 2 sprays [S1][S11][S13]
    /**
     * The REMS form's evaluation question (minutes until ready without the 2-hour rule) must be answered, and
     * cannot exceed the session's length [S8].
     */
    static final String REMS_EVALUATION_MISSING = "rems-evaluation-missing";

    @Inject
    SessionPolicies policies;

    @Inject
    SafetyAlertService alerts;

    @Inject
    Outbox outbox;

    @Inject
    MonitoringForms monitoringForms;

    @Inject
    AnalyticsFeed analytics;

    @Inject
    CallerContext caller;

    @Inject
    OutcomeSummaries summaries;

    /** Opens the session of a checked-in dosing appointment; a redelivered check-in opens nothing new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DosingSessionEntity> open(UUID appointmentId, UUID patientId, UUID planId, Route route,
            BigDecimal plannedDoseMg, BigDecimal plannedDoseMgPerKg, OffsetDateTime checkedInAt) {
        if (DosingSessionEntity.count("appointmentId", appointmentId) > 0) {
            return Optional.empty();
        }
        DosingSessionEntity session = new DosingSessionEntity();
        session.id = Ids.newId();
        session.appointmentId = appointmentId;
        session.patientId = patientId;
        session.planId = planId;
        session.route = route;
        session.plannedDoseMg = plannedDoseMg;
        session.plannedDoseMgPerKg = plannedDoseMgPerKg;
        session.status = Status.OPEN;
        session.openedAt = checkedInAt;
        session.persist();
        return Optional.of(session);
    }

    public DosingSessionEntity get(UUID id) {
        DosingSessionEntity session = DosingSessionEntity.findById(id);
        if (session == null) {
            throw ProblemException.notFound("DosingSession");
        }
        return session;
    }

    @Transactional
    public SessionVitalsEntity recordVitals(UUID sessionId, OffsetDateTime takenAt, Integer systolic, Integer diastolic,
            Integer heartRate, Integer spo2, Integer respiratoryRate) {
        DosingSessionEntity session = active(sessionId);
        OffsetDateTime at = within(session, takenAt, "takenAt");
        Vitals vitals;
        try {
            vitals = new Vitals(at.toInstant(), systolic, diastolic, heartRate, spo2, respiratoryRate);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("vitals", e.getMessage());
        }
        SessionVitalsEntity reading = new SessionVitalsEntity();
        reading.id = Ids.newId();
        reading.sessionId = sessionId;
        reading.takenAt = at;
        reading.systolic = systolic;
        reading.diastolic = diastolic;
        reading.heartRate = heartRate;
        reading.spo2 = spo2;
        reading.respiratoryRate = respiratoryRate;
        reading.recordedBy = caller.subject();
        reading.recordedAt = OffsetDateTime.now(clock);
        reading.persist();
        if (session.administered() && at.isAfter(session.administeredAt)) {
            Vitals preDose = latestBefore(sessionId, session.administeredAt);
            SessionSafetySignals.postDoseBloodPressure(preDose, vitals, policy(session))
                    .filter(signal -> signal.level() != SignalLevel.MODERATE)
                    .ifPresent(signal -> raise(session, signal, Source.SESSION_VITALS, reading.id));
        }
        return reading;
    }

    @Transactional
    public List<String> recordChecklist(UUID sessionId, PreDoseChecklist checklist) {
        DosingSessionEntity session = active(sessionId);
        requireNotAdministered(session);
        session.preDoseChecklist = checklist;
        return checklist.unmet(session.route, policy(session));
    }

    /** Rule 5: a prescriber accepts the pre-dose BP with a reason. */
    @Transactional
    public DosingSessionEntity overrideBpHold(UUID sessionId, String reason) {
        DosingSessionEntity session = active(sessionId);
        requireNotAdministered(session);
        session.bpOverrideBy = caller.subject();
        session.bpOverrideReason = reason;
        return session;
    }

    @Transactional
    public DosingSessionEntity administer(UUID sessionId, Dose dose) {
        DosingSessionEntity session = active(sessionId);
        requireNotAdministered(session);
        SessionPolicy policy = policy(session);
        if (dose.route() != session.route) {
            throw ProblemException.unprocessable("route-mismatch",
                    "The dose's route is not the route of the plan this session was booked under (" + session.route + ")");
        }
        checkDoseUnits(session.route, dose);
        if (session.route == Route.ESKETAMINE_INTRANASAL) {
            if (session.preDoseChecklist == null) {
                throw ProblemException.unprocessable("pre-dose-checklist-missing",
                        "Record the pre-dose checklist (fasting, nasal steroid or decongestant timing) first [S12]");
            }
            List<String> unmet = session.preDoseChecklist.unmet(session.route, policy);
            if (!unmet.isEmpty()) {
                throw refused(ProblemType.UNPROCESSABLE, "pre-dose-checklist-unmet", unmet);
            }
        }
        OffsetDateTime at = within(session, dose.administeredAt(), "administeredAt");
        // Locked as recording a score locks it: the dose may move the patient's baseline window (see below).
        PatientProfile patient = PatientProfile.findById(session.patientId, LockModeType.PESSIMISTIC_WRITE);
        Integer age = patient == null ? null : patient.ageAtLeast(at.toLocalDate());
        PreDoseBpHold hold = PreDoseBpHold.assess(session.route, age == null ? 0 : age,
                latestBefore(sessionId, at.plusSeconds(1)), policy);
        PrescriberOverride override = session.bpOverrideReason == null ? null
                : new PrescriberOverride(session.bpOverrideBy, session.bpOverrideReason);
        if (!hold.mayAdminister(override)) {
            throw refused(ProblemType.CONFLICT, hold.overrideRequired() || hold.doNotStartExceeded()
                    ? "bp-hold-override-required" : "pre-dose-vitals-missing", hold.reasons());
        }
        session.administeredAt = at;
        session.administeredBy = caller.subject();
        session.doseMg = dose.doseMg();
        session.doseMgPerKg = dose.doseMgPerKg();
        session.devices = dose.devices();
        session.lotNumber = dose.lotNumber();
        session.concomitantMedications = dose.concomitantMedications();
        // A first dose ends the baseline window of every outcome instrument the patient has scores of.
        summaries.refresh(session.clinicId, session.patientId);
        return session;
    }

    @Transactional
    public DosingSessionEntity endInfusion(UUID sessionId, OffsetDateTime endedAt) {
        DosingSessionEntity session = active(sessionId);
        if (session.route != Route.IV || !session.administered()) {
            throw ProblemException.conflict("not-an-infusion", "Only a started IV infusion can end");
        }
        OffsetDateTime at = within(session, endedAt, "endedAt");
        if (!at.isAfter(session.administeredAt)) {
            throw ProblemException.invalidField("endedAt", "must be after the infusion started");
        }
        session.infusionEndedAt = at;
        return session;
    }

    @Transactional
    public SessionObservationEntity observe(UUID sessionId, OffsetDateTime observedAt, int moaas, boolean dissociation,
            boolean respiratoryDepression, String note) {
        DosingSessionEntity session = active(sessionId);
        SessionObservationEntity observation = new SessionObservationEntity();
        observation.id = Ids.newId();
        observation.sessionId = sessionId;
        observation.observedAt = within(session, observedAt, "observedAt");
        observation.moaas = moaas;
        observation.dissociation = dissociation;
        observation.respiratoryDepression = respiratoryDepression;
        observation.note = note;
        observation.recordedBy = caller.subject();
        Optional<SafetySignal> signal;
        try {
            signal = SessionSafetySignals.sedation(moaas, policy(session));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("moaas", e.getMessage());
        }
        observation.persist();
        signal.filter(s -> s.level() == SignalLevel.URGENT)
                .ifPresent(s -> raise(session, s, Source.SESSION_OBSERVATION, observation.id));
        return observation;
    }

    @Transactional
    public DosingSessionEntity assessReadiness(UUID sessionId, OffsetDateTime assessedAt, Integer readyWithoutRuleMinutes) {
        DosingSessionEntity session = active(sessionId);
        if (!session.administered()) {
            throw ProblemException.conflict("not-administered", "Readiness to leave is assessed after the dose");
        }
        session.readinessAssessedAt = within(session, assessedAt, "assessedAt");
        session.readinessAssessedBy = caller.subject();
        session.readyWithoutRuleMinutes = readyWithoutRuleMinutes;
        return session;
    }

    /** Rule 2: refused with every unmet requirement until the route's monitoring rules hold. */
    @Transactional
    public DosingSessionEntity discharge(UUID sessionId) {
        DosingSessionEntity session = active(sessionId);
        if (!session.administered()) {
            throw ProblemException.conflict("not-administered", "No dose was recorded; cancel the appointment instead");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Vitals> vitals = SessionVitalsEntity.of(sessionId).stream().map(SessionVitalsEntity::toVitals).toList();
        SessionPolicy policy = policy(session);
        List<UnmetRequirement> unmet = new ArrayList<>(DischargeRule.assess(session.route,
                session.administeredAt.toInstant(),
                session.infusionEndedAt == null ? null : session.infusionEndedAt.toInstant(), vitals,
                session.readinessAssessedAt == null ? null : session.readinessAssessedAt.toInstant(), now.toInstant(),
                policy));
        if (session.route == Route.ESKETAMINE_INTRANASAL) {
            remsEvaluation(session.readyWithoutRuleMinutes,
                    MonitoringForm.totalMinutes(session.administeredAt.toInstant(), now.toInstant()))
                    .ifPresent(unmet::add);
        }
        if (!unmet.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "discharge-refused", "Not yet: "
                    + String.join("; ", unmet.stream().map(UnmetRequirement::detail).toList()),
                    unmet.stream().map(reason -> new Problem.FieldError("session", reason.code())).toList());
        }
        session.status = Status.DISCHARGED;
        session.dischargedAt = now;
        session.dischargedBy = caller.subject();
        if (session.route == Route.ESKETAMINE_INTRANASAL) {
            monitoringForms.create(session, policy);
        }
        outbox.record(new OutgoingEvent(Topics.OUTCOMES, session.patientId.toString(), DosingSessionCompleted.TYPE,
                "dosing-sessions/" + session.id, DosingSessionCompleted.of(session)));
        analytics.sessionCompleted(session);
        return session;
    }

    /** The REMS form's evaluation question, answered with readiness, cannot exceed the session's length [S8]. */
    private static Optional<UnmetRequirement> remsEvaluation(Integer readyWithoutRuleMinutes, int sessionMinutes) {
        if (readyWithoutRuleMinutes == null) {
            return Optional.of(new UnmetRequirement(REMS_EVALUATION_MISSING, "the REMS evaluation is unanswered: give"
                    + " readyWithoutRuleMinutes with the readiness assessment"));
        }
        if (readyWithoutRuleMinutes > sessionMinutes) {
            return Optional.of(new UnmetRequirement(REMS_EVALUATION_MISSING, "the REMS evaluation's "
                    + readyWithoutRuleMinutes + " minutes until ready exceed the " + sessionMinutes
                    + " minutes since the first device: assess readiness again"));
        }
        return Optional.empty();
    }

    /** The earliest dose a patient received: the end of the pre-dose baseline window. */
    public static OffsetDateTime firstDoseAt(UUID patientId) {
        return DosingSessionEntity.<DosingSessionEntity>find("patientId = ?1 and administeredAt is not null"
                + " order by administeredAt", patientId).firstResultOptional().map(s -> s.administeredAt).orElse(null);
    }

    private void raise(DosingSessionEntity session, SafetySignal signal, Source source, UUID sourceId) {
        alerts.raise(session.patientId, Level.valueOf(signal.level().name()), signal.reasonCode(), source, sourceId,
                Channel.STAFF);
    }

    private DosingSessionEntity active(UUID sessionId) {
        DosingSessionEntity session = get(sessionId);
        if (session.status != Status.OPEN) {
            throw ProblemException.conflict("session-closed", "The session was discharged");
        }
        return session;
    }

    private static void requireNotAdministered(DosingSessionEntity session) {
        if (session.administered()) {
            throw ProblemException.conflict("already-administered", "The dose was already recorded");
        }
    }

    private OffsetDateTime within(DosingSessionEntity session, OffsetDateTime at, String field) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime time = at == null ? now : at;
        if (time.isAfter(now.plusMinutes(CLOCK_SKEW_MINUTES))) {
            throw ProblemException.invalidField(field, "must not be in the future");
        }
        if (time.isBefore(session.openedAt.minusMinutes(CLOCK_SKEW_MINUTES))) {
            throw ProblemException.invalidField(field, "must not be before the patient checked in");
        }
        return time;
    }

    private static Vitals latestBefore(UUID sessionId, OffsetDateTime at) {
        List<SessionVitalsEntity> before = SessionVitalsEntity.of(sessionId).stream()
                .filter(v -> !v.takenAt.isAfter(at)).toList();
        return before.isEmpty() ? null : before.get(before.size() - 1).toVitals();
    }

    private static void checkDoseUnits(Route route, Dose dose) {
        if (route == Route.ESKETAMINE_INTRANASAL) {
            if (dose.doseMg() == null || dose.devices() == null || dose.lotNumber() == null
                    || dose.doseMg().compareTo(BigDecimal.valueOf((long) dose.devices() * ESKETAMINE_DEVICE_MG)) != 0) {
                throw ProblemException.invalidField("doseMg", "esketamine is given in whole 28 mg devices: doseMg,"
                        + " devices (doseMg = 28 x devices) and lotNumber are required");
            }
            if (dose.doseMgPerKg() != null) {
                throw ProblemException.invalidField("doseMgPerKg", "esketamine is a fixed dose in mg, never per kg");
            }
            if (dose.concomitantMedications() == null) {
                throw ProblemException.invalidField("concomitantMedications",
                        "the REMS monitoring form asks about concomitant medications for every esketamine session");
            }
        } else if (dose.doseMg() == null && dose.doseMgPerKg() == null) {
            throw ProblemException.invalidField("doseMg", "give doseMg or doseMgPerKg");
        }
    }

    private SessionPolicy policy(DosingSessionEntity session) {
        return policies.forClinic(session.clinicId);
    }

    private static ProblemException refused(ProblemType type, String code, List<String> unmet) {
        return new ProblemException(type, code, "Not yet: " + String.join(", ", unmet),
                unmet.stream().map(reason -> new Problem.FieldError("session", reason)).toList());
    }
}
