package org.carepath.intake.screening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.carepath.intake.IntakeFixtures;
import org.carepath.platform.events.Topics;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TestTokens;
import org.carepath.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A prescriber signs off or overrides a decision with a reason; the history keeps every step. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class EligibilityReviewTest {

    static final String CLINIC = "clinic-review";
    static final String PRESCRIBER = TestTokens.staff("prescriber", CLINIC);

    static String screened(String history) {
        String patientId = IntakeFixtures.patient(CLINIC, "1979-03-03", "");
        IntakeFixtures.screen(CLINIC, patientId,
                IntakeFixtures.CLEAN.replace("\"history\":[]", "\"history\":" + history)).then().statusCode(201);
        return patientId;
    }

    static String currentDecision(String patientId) {
        return given().auth().oauth2(PRESCRIBER).get("/v1/patients/" + patientId + "/eligibility")
                .then().statusCode(200).extract().path("id");
    }

    static Response review(String token, String patientId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/v1/patients/" + patientId + "/eligibility/reviews");
    }

    @Test
    void aSignOffClearsTheReviewAndKeepsTheHistory() {
        String patientId = screened("[{\"condition\":\"PSYCHOSIS\",\"lastOccurred\":\"2009-05-01\",\"current\":false}]");
        String determined = currentDecision(patientId);
        review(PRESCRIBER, patientId, "{\"decisionId\":\"" + determined + "\",\"action\":\"SIGN_OFF\","
                + "\"reason\":\"Remote psychosis, stable for 15 years\"}")
                .then().statusCode(201).body("kind", equalTo("SIGNED_OFF"))
                .body("routes.outcome", containsInAnyOrder("ELIGIBLE", "ELIGIBLE"))
                .body("reviewedDecisionId", equalTo(determined))
                .body("reviewReason", equalTo("Remote psychosis, stable for 15 years"));
        given().auth().oauth2(PRESCRIBER).get("/v1/patients/" + patientId + "/eligibility/history")
                .then().statusCode(200).body("kind", contains("SIGNED_OFF", "DETERMINED"));
        assertEquals(1, TopicProbe.events(Topics.INTAKE, "org.carepath.intake.EligibilityReviewed.v1", patientId, 1,
                Duration.ofSeconds(30)).size());
    }

    @Test
    void onlyAPrescriberWithAReasonReviewsTheCurrentDecision() {
        String patientId = screened("[{\"condition\":\"PSYCHOSIS\",\"current\":false}]");
        String determined = currentDecision(patientId);
        String signOff = "{\"decisionId\":\"" + determined + "\",\"action\":\"SIGN_OFF\",\"reason\":\"ok\"}";
        review(TestTokens.staff("clinician", CLINIC), patientId, signOff).then().statusCode(403);
        review(PRESCRIBER, patientId, "{\"decisionId\":\"" + determined + "\",\"action\":\"SIGN_OFF\"}")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("reason"));
        review(PRESCRIBER, patientId, signOff).then().statusCode(201);
        review(PRESCRIBER, patientId, signOff).then().statusCode(409).body("code", equalTo("stale-decision"));
        review(TestTokens.staff("prescriber", "clinic-elsewhere"), patientId, signOff).then().statusCode(404);
        given().auth().oauth2(PRESCRIBER).get("/v1/patients/" + patientId + "/eligibility/history")
                .then().body("$", hasSize(2));
    }

    @Test
    void anOverrideCanRestrictButNeverLiftABlock() {
        String blocked = screened("[{\"condition\":\"INTRACEREBRAL_HEMORRHAGE\",\"lastOccurred\":\"2015-01-01\"}]");
        review(PRESCRIBER, blocked, "{\"decisionId\":\"" + currentDecision(blocked) + "\",\"action\":\"OVERRIDE\","
                + "\"reason\":\"disagree\",\"outcomes\":{\"IV\":\"ELIGIBLE\"}}")
                .then().statusCode(422).body("code", equalTo("block-cannot-be-overridden"));
        given().auth().oauth2(PRESCRIBER).get("/v1/patients/" + blocked + "/eligibility/history").then().body("$", hasSize(1));

        String clean = screened("[]");
        review(PRESCRIBER, clean, "{\"decisionId\":\"" + currentDecision(clean) + "\",\"action\":\"SIGN_OFF\",\"reason\":\"x\"}")
                .then().statusCode(422).body("code", equalTo("nothing-to-sign-off"));
        review(PRESCRIBER, clean, "{\"decisionId\":\"" + currentDecision(clean) + "\",\"action\":\"OVERRIDE\","
                + "\"reason\":\"Needle phobia: IV not appropriate\",\"outcomes\":{\"IV\":\"INELIGIBLE\"}}")
                .then().statusCode(201).body("kind", equalTo("OVERRIDDEN"))
                .body("routes.find { it.route == 'IV' }.outcome", equalTo("INELIGIBLE"))
                .body("routes.find { it.route == 'ESKETAMINE_INTRANASAL' }.outcome", equalTo("ELIGIBLE"));
        review(PRESCRIBER, clean, "{\"decisionId\":\"" + currentDecision(clean) + "\",\"action\":\"OVERRIDE\","
                + "\"reason\":\"x\",\"outcomes\":{\"TELEPATHY\":\"ELIGIBLE\"}}").then().statusCode(400);
        review(PRESCRIBER, clean, "{\"decisionId\":\"" + currentDecision(clean) + "\",\"action\":\"OVERRIDE\","
                + "\"reason\":\"x\"}").then().statusCode(400).body("errors.field", containsInAnyOrder("outcomes"));
    }
}
