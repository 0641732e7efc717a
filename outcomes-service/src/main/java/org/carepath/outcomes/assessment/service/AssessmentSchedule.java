package org.carepath.outcomes.assessment.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.carepath.outcomes.assessment.domain.AssessmentSchedulePolicy;
import org.carepath.outcomes.assessment.domain.Instrument;
import org.carepath.outcomes.assessment.events.AssessmentDue;
import org.carepath.outcomes.assessment.persistence.AssessmentDueEntity;
import org.carepath.outcomes.assessment.persistence.AssessmentDueEntity.Reason;
import org.carepath.outcomes.assessment.persistence.AssessmentEntity;
import org.carepath.outcomes.session.persistence.DosingSessionEntity;
import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.Topics;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.outbox.Outbox;
import org.carepath.platform.policy.ClinicPolicies;
import org.carepath.platform.tenancy.Tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * What each patient is due to complete: a PHQ-9 before each dosing session and weekly while in active treatment.
 * Each new due is announced by AssessmentDue; an assessment of the instrument satisfies the open dues.
 */
@ApplicationScoped
public class AssessmentSchedule {

    @Inject
    Clock clock;

    static final String PREFIX = "carepath.assessments";

    @Inject
    ClinicPolicies policies;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    /** A session opened: PHQ-9 is due unless one was taken recently. Runs in the opening transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionOpened(DosingSessionEntity session) {
        AssessmentSchedulePolicy policy = policy(session.clinicId);
        if (!policy.phq9BeforeEachSession()) {
            return;
        }
        boolean recent = AssessmentEntity.count("patientId = ?1 and instrument = ?2 and takenAt > ?3", session.patientId,
                Instrument.PHQ_9, session.openedAt.minusHours(policy.preSessionWindowHours())) > 0;
        if (!recent) {
            AssessmentDueEntity due = new AssessmentDueEntity();
            due.id = Ids.newId();
            due.patientId = session.patientId;
            due.instrument = Instrument.PHQ_9;
            due.reason = Reason.BEFORE_DOSING_SESSION;
            due.dueAt = session.openedAt;
            due.sessionId = session.id;
            due.createdAt = OffsetDateTime.now(clock);
            due.persist();
            announce(due);
        }
    }

    /** An assessment arrived: the patient's open dues for its instrument are done. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void satisfy(AssessmentEntity assessment) {
        AssessmentDueEntity.update("satisfiedBy = ?1, satisfiedAt = ?2 where patientId = ?3 and instrument = ?4"
                + " and satisfiedBy is null", assessment.id, assessment.recordedAt, assessment.patientId,
                assessment.instrument);
    }

    public List<AssessmentDueEntity> openFor(UUID patientId) {
        return AssessmentDueEntity.openFor(patientId);
    }

    /** Every quarter hour: weekly PHQ-9 dues for patients dosed recently without a recent PHQ-9, clinic by clinic. */
    @Scheduled(every = "15m", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void announceWeeklyDues() {
        @SuppressWarnings("unchecked")
        List<String> clinics = Tenancy.callOutsideAnyClinic(() -> QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select distinct clinic_id from dosing_session"
                        + " where administered_at > now() - interval '365 days'")
                .getResultList()));
        for (String clinic : clinics) {
            Tenancy.runAs(clinic, () -> QuarkusTransaction.requiringNew().run(() -> announceWeeklyDues(clinic)));
        }
    }

    private void announceWeeklyDues(String clinic) {
        AssessmentSchedulePolicy policy = policy(clinic);
        @SuppressWarnings("unchecked")
        List<UUID> patients = em.createNativeQuery("""
                select d.patient_id from dosing_session d
                where d.clinic_id = ?1 and d.administered_at is not null
                group by d.patient_id
                having max(d.administered_at) > now() - make_interval(days => ?2)
                   and not exists (select 1 from assessment a where a.clinic_id = ?1 and a.patient_id = d.patient_id
                                   and a.instrument = 'PHQ_9' and a.taken_at > now() - make_interval(days => ?3))""")
                .setParameter(1, clinic)
                .setParameter(2, policy.activeTreatmentDays())
                .setParameter(3, policy.weeklyIntervalDays())
                .getResultList();
        for (UUID patient : patients) {
            UUID id = Ids.newId();
            int inserted = em.createNativeQuery("insert into assessment_due (id, clinic_id, patient_id, instrument, reason,"
                    + " due_at, created_at) values (?1, ?2, ?3, 'PHQ_9', 'WEEKLY', now(), now()) on conflict do nothing")
                    .setParameter(1, id).setParameter(2, clinic).setParameter(3, patient).executeUpdate();
            if (inserted == 1) {
                announce(AssessmentDueEntity.findById(id));
            }
        }
    }

    private void announce(AssessmentDueEntity due) {
        outbox.record(new OutgoingEvent(Topics.OUTCOMES, due.patientId.toString(), AssessmentDue.TYPE,
                "assessment-dues/" + due.id, AssessmentDue.of(due)));
    }

    private AssessmentSchedulePolicy policy(String clinicId) {
        return policies.forClinic(PREFIX, clinicId, AssessmentSchedulePolicy.defaults());
    }
}
