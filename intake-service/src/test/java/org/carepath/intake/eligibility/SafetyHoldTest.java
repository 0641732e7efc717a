package org.carepath.intake.eligibility;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carepath.intake.IntakeFixtures;
import org.carepath.intake.eligibility.persistence.SafetyHoldEntity;
import org.carepath.platform.events.Topics;
import org.carepath.platform.inbox.DeadLetters;
import org.carepath.platform.tenancy.Tenancy;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TestTokens;
import org.carepath.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A safety alert from outcomes holds eligibility at review-required until a clinician resolves it. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class SafetyHoldTest {

    static final String CLINIC = "clinic-safety";
    static final String PRESCRIBER = TestTokens.staff("prescriber", CLINIC);
    static final Duration WAIT = Duration.ofSeconds(30);

    static void raise(UUID eventId, UUID alertId, String patientId) {
        TopicProbe.publish(Topics.OUTCOMES, patientId, TopicProbe.cloudEvent(eventId,
                "org.carepath.outcomes.SafetyAlertRaised.v1", CLINIC),
                "{\"alertId\":\"" + alertId + "\",\"patientId\":\"" + patientId + "\",\"level\":\"URGENT\","
                        + "\"reasonCode\":\"phq9-item9-positive\",\"raisedAt\":\"" + OffsetDateTime.now() + "\"}");
    }

    static void resolve(UUID alertId, String patientId) {
        TopicProbe.publish(Topics.OUTCOMES, patientId, TopicProbe.cloudEvent(UUID.randomUUID(),
                "org.carepath.outcomes.SafetyAlertResolved.v1", CLINIC),
                "{\"alertId\":\"" + alertId + "\",\"patientId\":\"" + patientId + "\",\"resolvedAt\":\""
                        + OffsetDateTime.now() + "\"}");
    }

    static String kind(String patientId) {
        return given().auth().oauth2(PRESCRIBER).get("/v1/patients/" + patientId + "/eligibility")
                .then().statusCode(200).extract().path("kind");
    }

    @Test
    void anOpenAlertHoldsEveryRouteUntilItIsResolved() {
        String patientId = IntakeFixtures.patient(CLINIC, "1980-01-01", "");
        IntakeFixtures.screen(CLINIC, patientId, IntakeFixtures.CLEAN).then().statusCode(201);
        UUID eventId = UUID.randomUUID();
        UUID alertId = UUID.randomUUID();
        raise(eventId, alertId, patientId);
        raise(eventId, alertId, patientId);
        await().atMost(WAIT).until(() -> "SAFETY_HOLD".equals(kind(patientId)));
        given().auth().oauth2(PRESCRIBER).get("/v1/patients/" + patientId + "/eligibility").then()
                .body("routes.outcome", everyItem(equalTo("REVIEW_REQUIRED"))).body("urgent", equalTo(true))
                .body("routes[0].reasons.code", hasItem("safety-alert-open"));

        String held = given().auth().oauth2(PRESCRIBER).get("/v1/patients/" + patientId + "/eligibility")
                .then().extract().path("id");
        given().auth().oauth2(PRESCRIBER).contentType(ContentType.JSON)
                .body("{\"decisionId\":\"" + held + "\",\"action\":\"SIGN_OFF\",\"reason\":\"seen\"}")
                .post("/v1/patients/" + patientId + "/eligibility/reviews")
                .then().statusCode(422).body("code", equalTo("safety-alert-open"));

        resolve(alertId, patientId);
        await().atMost(WAIT).until(() -> "SAFETY_RELEASED".equals(kind(patientId)));
        given().auth().oauth2(PRESCRIBER).get("/v1/patients/" + patientId + "/eligibility").then()
                .body("routes.outcome", containsInAnyOrder("ELIGIBLE", "ELIGIBLE"));
        given().auth().oauth2(PRESCRIBER).get("/v1/patients/" + patientId + "/eligibility/history")
                .then().body("kind", equalTo(List.of("SAFETY_RELEASED", "SAFETY_HOLD", "DETERMINED")));
        assertEquals(1L, (long) Tenancy.callAs(CLINIC, () -> QuarkusTransaction.requiringNew()
                .call(() -> SafetyHoldEntity.count("patientId", UUID.fromString(patientId)))));
        List<ConsumerRecord<String, byte[]>> announced = TopicProbe.events(Topics.INTAKE,
                "org.carepath.intake.EligibilityReviewed.v1", patientId, 2, WAIT);
        assertEquals(2, announced.size());
    }

    @Test
    void aScreeningDuringAnOpenAlertIsHeldToo() {
        String patientId = IntakeFixtures.patient(CLINIC, "1980-01-01", "");
        UUID alertId = UUID.randomUUID();
        raise(UUID.randomUUID(), alertId, patientId);
        await().atMost(WAIT).until(() -> Tenancy.callAs(CLINIC, () -> QuarkusTransaction.requiringNew()
                .call(() -> SafetyHoldEntity.count("patientId", UUID.fromString(patientId)))) == 1);
        IntakeFixtures.screen(CLINIC, patientId, IntakeFixtures.CLEAN).then().statusCode(201)
                .body("eligibility.kind", equalTo("SAFETY_HOLD"))
                .body("eligibility.routes.outcome", everyItem(equalTo("REVIEW_REQUIRED")));
    }

    @Test
    void aResolutionOfAnUnknownAlertIsDeadLettered() {
        String patientId = IntakeFixtures.patient(CLINIC, "1980-01-01", "");
        resolve(UUID.randomUUID(), patientId);
        List<ConsumerRecord<String, byte[]>> letters = TopicProbe.readUntil(Topics.deadLetterOf(Topics.OUTCOMES),
                records -> records.stream().anyMatch(r -> patientId.equals(r.key())), WAIT);
        ConsumerRecord<String, byte[]> letter = letters.stream().filter(r -> patientId.equals(r.key())).findFirst()
                .orElseThrow();
        assertEquals("intake-service", TopicProbe.header(letter, DeadLetters.CONSUMER_GROUP));
    }
}
