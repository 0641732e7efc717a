package org.carepath.outcomes.rems.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.carepath.outcomes.rems.persistence.MonitoringFormEntity;
import org.carepath.outcomes.session.domain.MonitoringBloodPressures;
import org.carepath.outcomes.session.domain.MonitoringForm;
import org.carepath.outcomes.session.domain.MonitoringFormDeadline;
import org.carepath.outcomes.session.domain.MonitoringFormStatus;
import org.carepath.outcomes.session.domain.Route;
import org.carepath.outcomes.session.domain.SessionEffects;
import org.carepath.outcomes.session.domain.SessionPolicy;
import org.carepath.outcomes.session.domain.Vitals;
import org.carepath.outcomes.session.persistence.DosingSessionEntity;
import org.carepath.outcomes.session.persistence.SessionObservationEntity;
import org.carepath.outcomes.session.persistence.SessionVitalsEntity;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CallerContext;

/**
 * Rule 3: every discharged outpatient esketamine session yields its Patient Monitoring Form (DOMAIN.md 2.4), due
 * 7 days after the session and flagged from day 5, until the clinic marks it submitted.
 */
@ApplicationScoped
public class MonitoringForms {

    @Inject
    Clock clock;

    /** MOAA/S 5 is "responds readily to name": anything lower is sedation on the form. */
    private static final int ALERT_MOAAS = 5;

    @Inject
    CallerContext caller;

    /** Builds the form at discharge, in the discharge's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public MonitoringFormEntity create(DosingSessionEntity session, SessionPolicy policy) {
        List<Vitals> vitals = SessionVitalsEntity.of(session.id).stream().map(SessionVitalsEntity::toVitals).toList();
        List<SessionObservationEntity> observations = SessionObservationEntity.of(session.id);
        LocalDate treatmentDate = session.administeredAt.toLocalDate();
        boolean firstTreatment = DosingSessionEntity.count("patientId = ?1 and route = ?2 and status = ?3 and id <> ?4",
                session.patientId, Route.ESKETAMINE_INTRANASAL, DosingSessionEntity.Status.DISCHARGED, session.id) == 0;
        MonitoringForm form = new MonitoringForm(treatmentDate, session.doseMg.intValueExact(), session.lotNumber,
                MonitoringForm.totalMinutes(session.administeredAt.toInstant(), session.dischargedAt.toInstant()),
                session.readyWithoutRuleMinutes, session.preDoseChecklist.vitalsAcceptable(), true,
                MonitoringBloodPressures.from(vitals, session.administeredAt.toInstant(),
                        session.dischargedAt.toInstant(), policy),
                new SessionEffects(observations.stream().anyMatch(o -> o.moaas < ALERT_MOAAS),
                        observations.stream().anyMatch(o -> o.dissociation),
                        observations.stream().anyMatch(o -> o.respiratoryDepression)),
                session.concomitantMedications, firstTreatment);
        MonitoringFormDeadline deadline = form.deadline(policy);
        MonitoringFormEntity entity = new MonitoringFormEntity();
        entity.sessionId = session.id;
        entity.patientId = session.patientId;
        entity.treatmentDate = deadline.treatmentDate();
        entity.alertOn = deadline.alertOn();
        entity.dueOn = deadline.dueOn();
        entity.form = form;
        entity.createdAt = OffsetDateTime.now(clock);
        entity.persist();
        return entity;
    }

    public MonitoringFormEntity get(UUID sessionId) {
        MonitoringFormEntity form = MonitoringFormEntity.findById(sessionId);
        if (form == null) {
            throw ProblemException.notFound("MonitoringForm");
        }
        return form;
    }

    /** Forms in due-date order; {@code status} filters as of today (DUE, ALERT, OVERDUE or SUBMITTED). */
    public List<MonitoringFormEntity> list(MonitoringFormStatus status, LocalDate today) {
        List<MonitoringFormEntity> forms = status == MonitoringFormStatus.SUBMITTED
                ? MonitoringFormEntity.list("submittedOn is not null order by dueOn desc, sessionId")
                : MonitoringFormEntity.list("submittedOn is null order by dueOn, sessionId");
        return status == null ? forms : forms.stream().filter(f -> f.status(today) == status).toList();
    }

    @Transactional
    public MonitoringFormEntity submit(UUID sessionId, LocalDate submittedOn, String reference) {
        MonitoringFormEntity form = get(sessionId);
        if (form.submittedOn != null) {
            throw ProblemException.conflict("form-already-submitted", "The form was already marked submitted");
        }
        LocalDate on = submittedOn == null ? LocalDate.now(clock) : submittedOn;
        if (on.isBefore(form.treatmentDate) || on.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw ProblemException.invalidField("submittedOn", "must be between the session date and today");
        }
        form.submittedOn = on;
        form.submittedBy = caller.subject();
        form.reference = reference;
        return form;
    }
}
