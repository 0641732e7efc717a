package org.carepath.intake.plan.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.carepath.intake.consent.domain.ConsentKind;
import org.carepath.intake.consent.persistence.ConsentEntity;
import org.carepath.intake.eligibility.domain.Outcome;
import org.carepath.intake.eligibility.domain.RouteOutcome;
import org.carepath.intake.eligibility.persistence.EligibilityDecisionEntity;
import org.carepath.intake.patient.persistence.PatientEntity;
import org.carepath.intake.patient.service.PatientService;
import org.carepath.intake.plan.domain.DosingPlan;
import org.carepath.intake.plan.domain.Drug;
import org.carepath.intake.plan.domain.PatientFacts;
import org.carepath.intake.plan.domain.PlanPolicy;
import org.carepath.intake.plan.domain.PlanRules;
import org.carepath.intake.plan.domain.PlanStatus;
import org.carepath.intake.plan.domain.PlanViolation;
import org.carepath.intake.plan.events.TreatmentPlanEvents;
import org.carepath.intake.plan.persistence.TreatmentPlanEntity;
import org.carepath.intake.screening.persistence.ScreeningEntity;
import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.Topics;
import org.carepath.platform.http.ETags;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.outbox.Outbox;
import org.carepath.platform.policy.ClinicPolicies;
import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.problem.ProblemType;
import org.carepath.platform.security.CallerContext;
import org.carepath.platform.security.Roles;

import io.quarkus.panache.common.Sort;

/**
 * Drafting, approving and running treatment plans. Every dosing is checked against rule 4 and the clinic's
 * plan policy; approval also needs the patient eligible (or signed off) for the route, treatment consent,
 * and for esketamine REMS enrollment. Each change and its event commit together.
 */
@ApplicationScoped
public class TreatmentPlanService {

    static final String POLICY_PREFIX = "carepath.plans";

    @Inject
    PatientService patients;

    @Inject
    Outbox outbox;

    @Inject
    CallerContext caller;

    @Inject
    ClinicPolicies policies;

    @Transactional
    public TreatmentPlanEntity draft(UUID patientId, DosingPlan dosing) {
        PatientEntity patient = patients.get(patientId);
        requireRules(dosing, patient);
        if (currentOutcome(patientId, dosing) == Outcome.INELIGIBLE) {
            throw ProblemException.unprocessable("patient-ineligible-for-route",
                    "The patient is ineligible for " + dosing.route() + "; no plan can be drafted for it");
        }
        OffsetDateTime now = OffsetDateTime.now();
        TreatmentPlanEntity plan = new TreatmentPlanEntity();
        plan.id = Ids.newId();
        plan.patientId = patientId;
        plan.status = PlanStatus.DRAFT;
        plan.setDosing(dosing);
        plan.createdAt = now;
        plan.createdBy = caller.subject();
        plan.statusChangedAt = now;
        plan.persistAndFlush();
        return plan;
    }

    /** A draft may be edited by any clinician; an approved or active plan only by a prescriber, re-approved. */
    @Transactional
    public TreatmentPlanEntity change(UUID id, String ifMatch, UUID patientId, DosingPlan dosing) {
        TreatmentPlanEntity plan = get(id);
        if (!plan.patientId.equals(patientId)) {
            throw ProblemException.unprocessable("plan-patient-fixed", "A plan belongs to one patient");
        }
        ETags.requireMatch(ifMatch, plan.version);
        if (plan.status.isTerminal()) {
            throw ProblemException.conflict("plan-closed", "A " + plan.status.name().toLowerCase() + " plan cannot change");
        }
        PatientEntity patient = patients.get(plan.patientId);
        boolean inForce = !plan.status.isEditable();
        if (inForce && !caller.hasRole(Roles.PRESCRIBER)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "prescriber-required",
                    "Only a prescriber may change an approved or active plan");
        }
        if (dosing.route() != plan.route || dosing.drug() != plan.drug) {
            throw ProblemException.conflict("plan-route-fixed", "A plan's route and drug cannot change; draft a new plan");
        }
        requireRules(dosing, patient);
        if (inForce) {
            requireApprovalGates(plan.patientId, dosing);
        }
        plan.setDosing(dosing);
        plan.flush();
        if (inForce) {
            publish(plan, TreatmentPlanEvents.CHANGED);
        }
        return plan;
    }

    @Transactional
    public TreatmentPlanEntity approve(UUID id) {
        TreatmentPlanEntity plan = get(id);
        PatientEntity patient = patients.get(plan.patientId);
        moveTo(plan, PlanStatus.APPROVED);
        requireRules(plan.dosing(), patient);
        requireApprovalGates(plan.patientId, plan.dosing());
        plan.approvedAt = plan.statusChangedAt;
        plan.approvedBy = caller.subject();
        plan.flush();
        publish(plan, TreatmentPlanEvents.APPROVED);
        return plan;
    }

    /** Activation, completion or discontinuation (with a reason). */
    @Transactional
    public TreatmentPlanEntity transition(UUID id, PlanStatus next, String reason) {
        TreatmentPlanEntity plan = get(id);
        moveTo(plan, next);
        if (next == PlanStatus.DISCONTINUED) {
            plan.discontinuedReason = reason;
        }
        plan.flush();
        publish(plan, next == PlanStatus.DISCONTINUED ? TreatmentPlanEvents.DISCONTINUED : TreatmentPlanEvents.CHANGED);
        return plan;
    }

    public TreatmentPlanEntity get(UUID id) {
        return TreatmentPlanEntity.findInClinic(id).orElseThrow(() -> ProblemException.notFound("Treatment plan"));
    }

    public List<TreatmentPlanEntity> ofPatient(UUID patientId) {
        patients.get(patientId);
        return TreatmentPlanEntity.list("patientId", Sort.by("id"), patientId);
    }

    private void moveTo(TreatmentPlanEntity plan, PlanStatus next) {
        if (!plan.status.canBecome(next)) {
            throw ProblemException.conflict("plan-transition-not-allowed",
                    "A " + plan.status.name().toLowerCase() + " plan cannot become " + next.name().toLowerCase());
        }
        plan.status = next;
        plan.statusChangedAt = OffsetDateTime.now();
    }

    private void requireRules(DosingPlan dosing, PatientEntity patient) {
        ScreeningEntity screening = ScreeningEntity.<ScreeningEntity>find("patientId", Sort.descending("id"), patient.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.unprocessable("screening-required",
                        "Record a screening before planning treatment: the plan's rules depend on the indication"));
        PatientFacts facts = new PatientFacts(Period.between(patient.dateOfBirth, LocalDate.now()).getYears(),
                patient.weightKg, screening.indication);
        PlanPolicy policy = policies.forClinic(POLICY_PREFIX, patient.clinicId, PlanPolicy.defaults());
        List<PlanViolation> violations = PlanRules.check(dosing, facts, policy);
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "plan-rules-violated",
                    violations.size() == 1 ? "The plan breaks 1 dosing rule" : "The plan breaks " + violations.size()
                            + " dosing rules",
                    violations.stream().map(v -> new Problem.FieldError(v.field(), v.message() + " " + v.source()))
                            .toList());
        }
    }

    /** The route's outcome in the patient's current eligibility decision. */
    private static Outcome currentOutcome(UUID patientId, DosingPlan dosing) {
        EligibilityDecisionEntity decision = EligibilityDecisionEntity.latestOf(patientId)
                .orElseThrow(() -> ProblemException.unprocessable("eligibility-not-decided",
                        "The patient has no eligibility decision"));
        return decision.routes.stream().filter(route -> route.route() == dosing.route())
                .map(RouteOutcome::outcome).findFirst()
                .orElseThrow(() -> ProblemException.unprocessable("route-not-assessed",
                        "The patient was not screened for " + dosing.route()));
    }

    private void requireApprovalGates(UUID patientId, DosingPlan dosing) {
        Outcome outcome = currentOutcome(patientId, dosing);
        if (outcome != Outcome.ELIGIBLE) {
            throw ProblemException.unprocessable("patient-not-eligible-for-route", "The patient is "
                    + outcome.name().toLowerCase().replace('_', ' ') + " for " + dosing.route()
                    + "; a prescriber must sign off first");
        }
        if (!ConsentEntity.hasActive(patientId, ConsentKind.TREATMENT)) {
            throw ProblemException.unprocessable("treatment-consent-missing", "No active treatment consent on file");
        }
        if (dosing.drug() == Drug.ESKETAMINE && !ConsentEntity.hasActive(patientId, ConsentKind.REMS_PATIENT_ENROLLMENT)) {
            throw ProblemException.unprocessable("rems-enrollment-missing",
                    "Esketamine needs the patient's REMS enrollment on file before the first dose [S7]");
        }
    }

    private void publish(TreatmentPlanEntity plan, String type) {
        outbox.record(new OutgoingEvent(Topics.INTAKE, plan.patientId.toString(), type, "treatment-plans/" + plan.id,
                TreatmentPlanEvents.PlanFacts.of(plan, OffsetDateTime.now())));
    }
}
