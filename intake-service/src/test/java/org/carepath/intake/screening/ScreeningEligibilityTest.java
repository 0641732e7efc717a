package org.carepath.intake.screening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import static org.carepath.intake.IntakeFixtures.CLEAN;
import static org.carepath.intake.IntakeFixtures.patient;
import static org.carepath.intake.IntakeFixtures.screen;

import org.carepath.intake.eligibility.persistence.EligibilityDecisionEntity;
import org.carepath.intake.screening.persistence.ScreeningEntity;
import org.carepath.platform.events.Topics;
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
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** A clinician records an evaluation and gets an eligibility decision per route that the clinic can trust. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class ScreeningEligibilityTest {

    static final String CLINIC = "clinic-screening";


    static String token(String role, String clinic) {
        return TestTokens.staff(role, clinic);
    }

    static String outcome(Response response, String route) {
        return response.path("eligibility.routes.find { it.route == '" + route + "' }.outcome");
    }

    @Test
    void aCleanTrdScreeningIsEligibleForEachRouteAndAnnounced() {
        String patientId = patient(CLINIC, "1980-04-12", "");
        Response recorded = screen(CLINIC, patientId, CLEAN);
        recorded.then().statusCode(201).body("phq9Total", equalTo(14)).body("gad7Total", equalTo(7))
                .body("eligibility.urgent", equalTo(false)).body("eligibility.kind", equalTo("DETERMINED"));
        assertEquals("ELIGIBLE", outcome(recorded, "ESKETAMINE_INTRANASAL"));
        assertEquals("ELIGIBLE", outcome(recorded, "IV"));

        given().auth().oauth2(token("clinic-staff", CLINIC)).get("/v1/patients/" + patientId + "/eligibility")
                .then().statusCode(200).body("id", equalTo(recorded.path("eligibility.id")));
        given().auth().oauth2(token("clinic-staff", CLINIC))
                .get("/v1/patients/" + patientId + "/screenings/" + recorded.path("id"))
                .then().statusCode(200).body("indication", equalTo("TRD")).body("phq9[1]", equalTo(3));

        ConsumerRecord<String, byte[]> determined = TopicProbe.events(Topics.INTAKE,
                "org.carepath.intake.EligibilityDetermined.v1", patientId, 1, Duration.ofSeconds(30)).get(0);
        assertTrue(TopicProbe.value(determined).contains("\"outcome\": \"ELIGIBLE\"")
                || TopicProbe.value(determined).contains("\"outcome\":\"ELIGIBLE\""));
        List<ConsumerRecord<String, byte[]>> completed = TopicProbe.events(Topics.INTAKE,
                "org.carepath.intake.ScreeningCompleted.v1", patientId, 1, Duration.ofSeconds(30));
        assertEquals(1, completed.size());
        // The baseline scores and when they were in hand, for outcomes to place them before or after the first dose.
        JsonPath event = JsonPath.from(TopicProbe.value(completed.get(0)));
        assertEquals(14, event.getInt("phq9Total"));
        assertEquals(7, event.getInt("gad7Total"));
        OffsetDateTime recordedAt = OffsetDateTime.parse(event.getString("recordedAt"));
        assertTrue(Duration.between(recordedAt, OffsetDateTime.now()).abs().toMinutes() < 5, recordedAt.toString());
    }

    @Test
    void aHardContraindicationMakesEveryRouteIneligibleWithItsSource() {
        String patientId = patient(CLINIC, "1975-01-01", "");
        Response recorded = screen(CLINIC, patientId, CLEAN.replace("\"history\":[]",
                "\"history\":[{\"condition\":\"ANEURYSMAL_VASCULAR_DISEASE\",\"current\":true}]"));
        recorded.then().statusCode(201)
                .body("eligibility.routes.outcome", containsInAnyOrder("INELIGIBLE", "INELIGIBLE"))
                .body("eligibility.routes[0].reasons.code", hasItem("aneurysmal-vascular-disease"))
                .body("eligibility.routes[0].reasons.find { it.code == 'aneurysmal-vascular-disease' }.severity",
                        equalTo("HARD_CONTRAINDICATION"));
        String source = recorded.path("eligibility.routes[0].reasons.find { it.code == 'aneurysmal-vascular-disease' }.source");
        assertTrue(source.contains("[S5]"), source);
    }

    @Test
    void aPositiveSuicideRiskAnswerNeedsUrgentReview() {
        String patientId = patient(CLINIC, "1990-02-02", "");
        Response recorded = screen(CLINIC, patientId, CLEAN.replace("[2,3,2,2,1,2,1,1,0]", "[2,3,2,2,1,2,1,1,1]"));
        recorded.then().statusCode(201).body("eligibility.urgent", equalTo(true))
                .body("eligibility.suicideRisk", equalTo("HIGH"))
                .body("eligibility.routes.outcome", containsInAnyOrder("REVIEW_REQUIRED", "REVIEW_REQUIRED"))
                .body("eligibility.routes[0].reasons.code", hasItem("suicide-risk-high"));
    }

    @Test
    void pregnancyOnThePatientRecordCountsAndUnder18IsIneligible() {
        String pregnant = patient(CLINIC, "1992-06-06", ",\"sex\":\"FEMALE\",\"pregnancyStatus\":\"PREGNANT\"");
        screen(CLINIC, pregnant, CLEAN).then().statusCode(201)
                .body("eligibility.routes.outcome", containsInAnyOrder("REVIEW_REQUIRED", "REVIEW_REQUIRED"))
                .body("eligibility.routes[0].reasons.code", hasItem("pregnancy"));
        String minor = patient(CLINIC, LocalDate.now().minusYears(17).toString(), "");
        screen(CLINIC, minor, CLEAN).then().statusCode(201)
                .body("eligibility.routes.outcome", containsInAnyOrder("INELIGIBLE", "INELIGIBLE"))
                .body("eligibility.routes[0].reasons.code", hasItem("age-under-minimum"));
    }

    @Test
    void aClinicsOwnPolicyApplies() {
        String strictPatient = patient("clinic-strict", "1980-04-12", "");
        Response strict = screen("clinic-strict", strictPatient, CLEAN);
        strict.then().statusCode(201);
        assertEquals("INELIGIBLE", outcome(strict, "ESKETAMINE_INTRANASAL"));
        strict.then().body("eligibility.routes.find { it.route == 'ESKETAMINE_INTRANASAL' }.reasons.code",
                hasItem("trd-evidence-insufficient"));
    }

    @Test
    void incompleteOrImpossibleAnswersAreRefusedAndChangeNothing() {
        String patientId = patient(CLINIC, "1985-08-08", "");
        screen(CLINIC, patientId, CLEAN.replace("[2,3,2,2,1,2,1,1,0]", "[2,3,2,2,1,2,1,1]")).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", containsInAnyOrder("phq9"));
        screen(CLINIC, patientId, CLEAN.replace("[2,3,2,2,1,2,1,1,0]", "[2,3,2,4,1,2,1,1,0]")).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("phq9[3]"));
        screen(CLINIC, patientId, CLEAN.replace("\"history\":[]", "\"history\":[{\"condition\":\"VAMPIRISM\"}]"))
                .then().statusCode(400).contentType("application/problem+json");
        screen(CLINIC, patientId, CLEAN.replace("\"weeks\":8", "\"weeks\":0").replace("\"improvementPercent\":10",
                "\"improvementPercent\":140")).then().statusCode(400)
                .body("errors.field", hasItems("antidepressantTrials[0].weeks", "antidepressantTrials[1].improvementPercent"));
        screen(CLINIC, patientId, CLEAN.replace("\"suicidalThoughts\":false", "\"suicidalThoughts\":true"))
                .then().statusCode(400).body("errors.field", containsInAnyOrder("cssrs.method", "cssrs.intent", "cssrs.plan"));
        // Q4 yes after Q2 no, and behavior in the past 3 months without any behavior: the screener skips both.
        screen(CLINIC, patientId, CLEAN.replace("\"suicidalThoughts\":false", "\"suicidalThoughts\":false,\"intent\":true")
                .replace("\"behaviorEver\":false", "\"behaviorEver\":false,\"behaviorPast3Months\":true"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("cssrs.intent", "cssrs.behaviorPast3Months"));
        screen(CLINIC, patientId, CLEAN.replace("{\"name\":\"escitalopram\",\"medicationClass\":\"CONVENTIONAL_ANTIDEPRESSANT\"}",
                "{\"name\":\"escitalopram\",\"medicationClass\":\"CONVENTIONAL_ANTIDEPRESSANT\",\"diazepamEquivalentMgPerDay\":5}"))
                .then().statusCode(422).body("code", equalTo("screening-inconsistent"));
        screen(CLINIC, patientId, CLEAN.replace("\"systolic\":128", "\"systolic\":70")).then().statusCode(422);
        screen(CLINIC, patientId, CLEAN.replace("\"requestedRoutes\":[\"ESKETAMINE_INTRANASAL\",\"IV\"]",
                "\"requestedRoutes\":[]")).then().statusCode(400).body("errors.field", containsInAnyOrder("requestedRoutes"));
        long screenings = Tenancy.callAs(CLINIC, () -> QuarkusTransaction.requiringNew()
                .call(() -> ScreeningEntity.count("patientId", UUID.fromString(patientId))));
        assertEquals(0, screenings);
        given().auth().oauth2(token("clinic-staff", CLINIC)).get("/v1/patients/" + patientId + "/eligibility")
                .then().statusCode(404);
    }

    @Test
    void screeningIsClinicalWorkAndStaysInTheClinic() {
        String patientId = patient(CLINIC, "1980-04-12", "");
        given().auth().oauth2(token("clinic-staff", CLINIC)).contentType(ContentType.JSON).body(CLEAN)
                .post("/v1/patients/" + patientId + "/screenings").then().statusCode(403);
        screen("clinic-elsewhere", patientId, CLEAN).then().statusCode(404);
        screen(CLINIC, patientId, CLEAN).then().statusCode(201);
        given().auth().oauth2(token("clinician", "clinic-elsewhere")).get("/v1/patients/" + patientId + "/eligibility")
                .then().statusCode(404);
    }

    @Test
    void decisionsCannotBeRewritten() {
        String patientId = patient(CLINIC, "1980-04-12", "");
        String decisionId = screen(CLINIC, patientId, CLEAN).then().statusCode(201).extract().path("eligibility.id");
        assertThrows(Exception.class, () -> Tenancy.runAs(CLINIC, () -> QuarkusTransaction.requiringNew().run(() ->
                EligibilityDecisionEntity.getEntityManager().createNativeQuery(
                        "update eligibility_decision set urgent = true where id = ?1")
                        .setParameter(1, UUID.fromString(decisionId)).executeUpdate())));
    }
}
