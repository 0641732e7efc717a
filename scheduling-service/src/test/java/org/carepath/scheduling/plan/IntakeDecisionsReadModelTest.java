package org.carepath.scheduling.plan;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.carepath.platform.events.Topics;
import org.carepath.platform.tenancy.Tenancy;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TopicProbe;
import org.carepath.scheduling.patient.persistence.PatientEligibility;
import org.carepath.scheduling.plan.persistence.TreatmentPlanRef;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Scheduling keeps intake's eligibility and plans current, in order, for its dosing gates. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
class IntakeDecisionsReadModelTest {

    static final String CLINIC = "clinic-gates";
    static final Duration WAIT = Duration.ofSeconds(30);

    static void publish(String type, UUID patientId, String payload) {
        TopicProbe.publish(Topics.INTAKE, patientId.toString(), TopicProbe.cloudEvent(UUID.randomUUID(), type, CLINIC),
                payload);
    }

    static String decision(UUID decisionId, UUID patientId, String ivOutcome, OffsetDateTime at, String action) {
        return "{\"decisionId\":\"" + decisionId + "\",\"patientId\":\"" + patientId + "\",\"clinicId\":\"" + CLINIC + "\","
                + (action == null ? "" : "\"action\":\"" + action + "\",")
                + "\"routes\":[{\"route\":\"IV\",\"outcome\":\"" + ivOutcome + "\",\"reasonCodes\":[]},"
                + "{\"route\":\"ESKETAMINE_INTRANASAL\",\"outcome\":\"REVIEW_REQUIRED\",\"reasonCodes\":[\"psychosis-history\"]}],"
                + "\"urgent\":false,\"decidedAt\":\"" + at + "\"}";
    }

    static PatientEligibility eligibility(UUID patientId) {
        return Tenancy.callAs(CLINIC, () -> QuarkusTransaction.requiringNew().call(() -> PatientEligibility.findById(patientId)));
    }

    static TreatmentPlanRef plan(UUID planId) {
        return Tenancy.callAs(CLINIC, () -> QuarkusTransaction.requiringNew().call(() -> TreatmentPlanRef.findById(planId)));
    }

    @Test
    void theLatestEligibilityDecisionIsInForceAndALateOlderOneChangesNothing() {
        UUID patientId = UUID.randomUUID();
        OffsetDateTime t0 = OffsetDateTime.now().minusHours(2);
        UUID first = UUID.randomUUID();
        publish("org.carepath.intake.EligibilityDetermined.v1", patientId, decision(first, patientId, "ELIGIBLE", t0, null));
        await().atMost(WAIT).until(() -> eligibility(patientId) != null);
        assertTrue(eligibility(patientId).eligibleFor("IV"));
        assertFalse(eligibility(patientId).eligibleFor("ESKETAMINE_INTRANASAL"));

        UUID hold = UUID.randomUUID();
        publish("org.carepath.intake.EligibilityReviewed.v1", patientId,
                decision(hold, patientId, "REVIEW_REQUIRED", t0.plusHours(1), "SAFETY_HOLD"));
        await().atMost(WAIT).until(() -> hold.equals(eligibility(patientId).decisionId));
        assertFalse(eligibility(patientId).eligibleFor("IV"));
        assertEquals("SAFETY_HOLD", eligibility(patientId).kind);
        assertTrue(eligibility(patientId).urgent);

        publish("org.carepath.intake.EligibilityDetermined.v1", patientId,
                decision(UUID.randomUUID(), patientId, "ELIGIBLE", t0.minusHours(1), null));
        UUID marker = UUID.randomUUID();
        publish("org.carepath.intake.EligibilityDetermined.v1", marker, decision(UUID.randomUUID(), marker, "ELIGIBLE", t0, null));
        await().atMost(WAIT).until(() -> eligibility(marker) != null);
        assertEquals(hold, eligibility(patientId).decisionId, "an older decision arriving late is ignored");
    }

    @Test
    void aPlanIsInForceFromApprovalUntilItIsDiscontinued() {
        UUID patientId = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        String facts = "{\"planId\":\"" + planId + "\",\"patientId\":\"" + patientId + "\",\"clinicId\":\"" + CLINIC
                + "\",\"status\":\"%s\",\"route\":\"ESKETAMINE_INTRANASAL\",\"drug\":\"ESKETAMINE\",\"firstDoseMg\":56,"
                + "\"subsequentDoseMg\":%s,\"inductionSessionsPerWeek\":2,\"inductionWeeks\":4,\"maintenanceIntervalWeeks\":1,"
                + "\"integrationSessions\":3,\"at\":\"%s\"}";
        OffsetDateTime t0 = OffsetDateTime.now().minusHours(1);
        publish("org.carepath.intake.TreatmentPlanApproved.v1", patientId, facts.formatted("APPROVED", "56", t0));
        publish("org.carepath.intake.TreatmentPlanChanged.v1", patientId, facts.formatted("APPROVED", "84", t0.plusMinutes(5)));
        await().atMost(WAIT).until(() -> plan(planId) != null && plan(planId).subsequentDoseMg.intValue() == 84);
        assertTrue(plan(planId).inForce());
        assertEquals(2, plan(planId).inductionSessionsPerWeek);

        publish("org.carepath.intake.TreatmentPlanDiscontinued.v1", patientId,
                facts.formatted("DISCONTINUED", "84", t0.plusMinutes(10)));
        await().atMost(WAIT).until(() -> "DISCONTINUED".equals(plan(planId).status));
        assertFalse(plan(planId).inForce());
    }

    @Test
    void planFactsMissingTheScheduleAreDeadLettered() {
        UUID patientId = UUID.randomUUID();
        publish("org.carepath.intake.TreatmentPlanApproved.v1", patientId,
                "{\"planId\":\"" + UUID.randomUUID() + "\",\"patientId\":\"" + patientId + "\",\"status\":\"APPROVED\"}");
        assertTrue(TopicProbe.readUntil(Topics.deadLetterOf(Topics.INTAKE),
                records -> records.stream().anyMatch(r -> patientId.toString().equals(r.key())), WAIT)
                .stream().anyMatch(r -> patientId.toString().equals(r.key())));
    }
}
