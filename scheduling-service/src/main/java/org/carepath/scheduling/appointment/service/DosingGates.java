package org.carepath.scheduling.appointment.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.problem.ProblemException;
import org.carepath.scheduling.appointment.domain.AppointmentStatus;
import org.carepath.scheduling.appointment.domain.AppointmentType;
import org.carepath.scheduling.appointment.domain.DosingFrequency;
import org.carepath.scheduling.appointment.domain.DosingFrequency.EsketamineCaps;
import org.carepath.scheduling.appointment.domain.FrequencyRefusal;
import org.carepath.scheduling.appointment.domain.PlanSchedule;
import org.carepath.scheduling.appointment.domain.Route;
import org.carepath.scheduling.appointment.domain.SchedulingPolicy;
import org.carepath.scheduling.appointment.persistence.Appointment;
import org.carepath.scheduling.clinic.service.ClinicSetup;
import org.carepath.scheduling.patient.persistence.PatientEligibility;
import org.carepath.scheduling.patient.persistence.RemsEnrollment;
import org.carepath.scheduling.patient.persistence.SafetyAlert;
import org.carepath.scheduling.plan.persistence.TreatmentPlanRef;

/**
 * Whether a patient may be dosed by a route, from scheduling's read models of intake's decisions and outcomes'
 * alerts (DOMAIN.md rules 1 and 4). Each refusal is a problem with a machine-readable code: 409 for a safety
 * hold (it may lift), 422 for what the patient's record does not allow.
 */
@ApplicationScoped
public class DosingGates {

    static final String ESKETAMINE = "ESKETAMINE";

    /** Everything but frequency: what booking, confirmation and check-in all require. Returns the plan in force. */
    public TreatmentPlanRef mayBeDosed(ClinicSetup clinic, UUID patientId, Route route, UUID requestedPlanId) {
        if (!clinic.offers(route)) {
            throw ProblemException.unprocessable("route-not-offered", "The clinic does not offer " + route + " dosing");
        }
        PatientEligibility eligibility = PatientEligibility.findById(patientId);
        if (SafetyAlert.openFor(patientId) || eligibility != null && "SAFETY_HOLD".equals(eligibility.kind)) {
            throw ProblemException.conflict("safety-hold", "The patient has an open safety alert: no dosing until a"
                    + " clinician resolves it");
        }
        if (eligibility == null) {
            throw ProblemException.unprocessable("eligibility-not-decided",
                    "Intake has not decided the patient's eligibility yet");
        }
        if (!eligibility.eligibleFor(route.name())) {
            throw ProblemException.unprocessable("patient-not-eligible",
                    "The patient is not eligible (nor signed off) for " + route + " dosing");
        }
        TreatmentPlanRef plan = planInForce(patientId, route, requestedPlanId).orElseThrow(() -> ProblemException
                .unprocessable("no-approved-plan", "The patient has no approved treatment plan for " + route));
        if (ESKETAMINE.equals(plan.drug)) {
            if (!clinic.remsCertified()) {
                throw ProblemException.unprocessable("clinic-not-rems-certified",
                        "Esketamine is dosed only in a REMS-certified setting [S6][S7]");
            }
            if (!RemsEnrollment.onFile(patientId)) {
                throw ProblemException.unprocessable("rems-enrollment-missing",
                        "The patient's REMS enrollment must be on file before the first dose [S7][S7b]");
            }
        }
        return plan;
    }

    /** The plan's frequency and the esketamine caps (rule 4) for a session starting at {@code start}. */
    public void fitsFrequency(ClinicSetup clinic, TreatmentPlanRef plan, UUID patientId, Instant start,
            UUID excluding) {
        SchedulingPolicy policy = clinic.policy();
        List<Instant> others = Appointment.<Appointment>list("patientId = ?1 and planId = ?2 and status in ?3",
                patientId, plan.planId, List.of(AppointmentStatus.HELD, AppointmentStatus.BOOKED,
                        AppointmentStatus.CHECKED_IN, AppointmentStatus.COMPLETED))
                .stream()
                .filter(a -> !a.id.equals(excluding) && !a.isExpiredHold(OffsetDateTime.now()))
                .map(a -> a.startsAt.toInstant()).toList();
        PlanSchedule schedule = new PlanSchedule(ESKETAMINE.equals(plan.drug), plan.inductionSessionsPerWeek,
                plan.inductionWeeks, plan.maintenanceIntervalWeeks);
        EsketamineCaps caps = new EsketamineCaps(policy.esketamineInductionWeeks(),
                policy.esketamineMaxSessionsPerWeekInInduction(), policy.esketamineMaxSessionsPerWeekAfterInduction());
        int minHours = schedule.esketamine() ? policy.esketamineMinHoursBetweenDoses() : 0;
        Optional<FrequencyRefusal> refusal = DosingFrequency.check(schedule, others, start, clinic.zone(), minHours, caps);
        if (refusal.isPresent()) {
            throw ProblemException.unprocessable(refusal.get().code(), refusal.get().detail());
        }
    }

    /** Booking gates for a dosing type; returns the plan the appointment is booked under. */
    public TreatmentPlanRef check(ClinicSetup clinic, UUID patientId, AppointmentType type, Instant start,
            UUID excluding, UUID requestedPlanId) {
        TreatmentPlanRef plan = mayBeDosed(clinic, patientId, type.route(), requestedPlanId);
        fitsFrequency(clinic, plan, patientId, start, excluding);
        return plan;
    }

    private static Optional<TreatmentPlanRef> planInForce(UUID patientId, Route route, UUID requestedPlanId) {
        return TreatmentPlanRef.<TreatmentPlanRef>list("patientId = ?1 and route = ?2 order by changedAt desc",
                patientId, route.name()).stream()
                .filter(TreatmentPlanRef::inForce)
                .filter(plan -> requestedPlanId == null || plan.planId.equals(requestedPlanId))
                .findFirst();
    }
}
