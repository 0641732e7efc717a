package org.carepath.scheduling.plan.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.platform.events.Topics;
import org.carepath.platform.inbox.EventHandler;
import org.carepath.platform.inbox.IncomingEvent;
import org.carepath.platform.inbox.PoisonEventException;
import org.carepath.scheduling.plan.persistence.TreatmentPlanRef;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Keeps each treatment plan's status and schedule from intake's TreatmentPlanApproved, Changed and Discontinued. */
@ApplicationScoped
public class TreatmentPlanHandler implements EventHandler {

    static final String APPROVED = "org.carepath.intake.TreatmentPlanApproved.v1";
    static final String CHANGED = "org.carepath.intake.TreatmentPlanChanged.v1";
    static final String DISCONTINUED = "org.carepath.intake.TreatmentPlanDiscontinued.v1";

    /** The plan facts intake publishes that scheduling uses. */
    record PlanFacts(UUID planId, UUID patientId, String status, String route, String drug, BigDecimal firstDoseMg,
            BigDecimal firstDoseMgPerKg, BigDecimal subsequentDoseMg, BigDecimal subsequentDoseMgPerKg,
            Integer inductionSessionsPerWeek, Integer inductionWeeks, Integer maintenanceIntervalWeeks,
            OffsetDateTime at) {
    }

    @Inject
    ObjectMapper mapper;

    @Override
    public String topic() {
        return Topics.INTAKE;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(APPROVED, CHANGED, DISCONTINUED);
    }

    @Override
    public void handle(IncomingEvent event) {
        PlanFacts facts = event.payload(mapper, PlanFacts.class);
        if (facts.planId() == null || facts.patientId() == null || facts.status() == null || facts.route() == null
                || facts.drug() == null || facts.inductionSessionsPerWeek() == null || facts.inductionWeeks() == null
                || facts.at() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " lacks plan facts scheduling needs");
        }
        TreatmentPlanRef plan = TreatmentPlanRef.findById(facts.planId());
        if (plan != null && facts.at().isBefore(plan.changedAt)) {
            return;
        }
        boolean isNew = plan == null;
        if (isNew) {
            plan = new TreatmentPlanRef();
            plan.planId = facts.planId();
        }
        plan.patientId = facts.patientId();
        plan.status = facts.status();
        plan.route = facts.route();
        plan.drug = facts.drug();
        plan.firstDoseMg = facts.firstDoseMg();
        plan.firstDoseMgPerKg = facts.firstDoseMgPerKg();
        plan.subsequentDoseMg = facts.subsequentDoseMg();
        plan.subsequentDoseMgPerKg = facts.subsequentDoseMgPerKg();
        plan.inductionSessionsPerWeek = facts.inductionSessionsPerWeek();
        plan.inductionWeeks = facts.inductionWeeks();
        plan.maintenanceIntervalWeeks = facts.maintenanceIntervalWeeks();
        plan.changedAt = facts.at();
        if (isNew) {
            plan.persist();
        }
    }
}
