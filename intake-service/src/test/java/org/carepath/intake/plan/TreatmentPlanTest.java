package org.carepath.intake.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;

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

/** A clinician drafts a plan within the dosing rules; a prescriber approves it once the patient may have it. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class TreatmentPlanTest {

    static final String CLINIC = "clinic-plans";
    static final String CLINICIAN = TestTokens.staff("clinician", CLINIC);
    static final String PRESCRIBER = TestTokens.staff("prescriber", CLINIC);

    static String esketamine(String patientId, String first, String subsequent) {
        return """
                {"patientId":"%s","route":"ESKETAMINE_INTRANASAL","drug":"ESKETAMINE",
                 "firstDose":{"mg":%s},"subsequentDose":{"mg":%s},
                 "induction":{"sessionsPerWeek":2,"weeks":4},"maintenance":{"intervalWeeks":1},
                 "integrationSessions":3,"reassessmentWeeks":[4]}
                """.formatted(patientId, first, subsequent);
    }

    static String screenedPatient(String history, String extra) {
        String patientId = IntakeFixtures.patient(CLINIC, "1981-09-09", extra);
        IntakeFixtures.screen(CLINIC, patientId,
                IntakeFixtures.CLEAN.replace("\"history\":[]", "\"history\":" + history)).then().statusCode(201);
        return patientId;
    }

    static void consent(String patientId, String kind) {
        String signed = OffsetDateTime.now().minusHours(1).toString();
        given().auth().oauth2(CLINICIAN).contentType(ContentType.JSON)
                .body("{\"kind\":\"" + kind + "\",\"formVersion\":\"2026-01\",\"signedAt\":\"" + signed
                        + "\",\"prescriberSignedAt\":\"" + signed + "\"}")
                .post("/v1/patients/" + patientId + "/consents").then().statusCode(201);
    }

    static Response draft(String body) {
        return given().auth().oauth2(CLINICIAN).contentType(ContentType.JSON).body(body).post("/v1/treatment-plans");
    }

    static Response act(String token, String planId, String action) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).post("/v1/treatment-plans/" + planId + "/" + action);
    }

    @Test
    void anEsketaminePlanIsApprovedOnlyWithConsentAndRemsEnrollment() {
        String patientId = screenedPatient("[]", "");
        String planId = draft(esketamine(patientId, "56", "84")).then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().path("id");
        act(CLINICIAN, planId, "approve").then().statusCode(403);
        act(PRESCRIBER, planId, "approve").then().statusCode(422).body("code", equalTo("treatment-consent-missing"));
        consent(patientId, "TREATMENT");
        act(PRESCRIBER, planId, "approve").then().statusCode(422).body("code", equalTo("rems-enrollment-missing"));
        consent(patientId, "REMS_PATIENT_ENROLLMENT");
        act(PRESCRIBER, planId, "approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        act(PRESCRIBER, planId, "approve").then().statusCode(409).body("code", equalTo("plan-transition-not-allowed"));
        assertEquals(1, TopicProbe.events(Topics.INTAKE, "org.carepath.intake.TreatmentPlanApproved.v1", patientId, 1,
                Duration.ofSeconds(30)).size());

        act(CLINICIAN, planId, "activate").then().statusCode(200).body("status", equalTo("ACTIVE"));
        act(CLINICIAN, planId, "complete").then().statusCode(200).body("status", equalTo("COMPLETED"));
        given().auth().oauth2(CLINICIAN).contentType(ContentType.JSON).body("{\"reason\":\"late\"}")
                .post("/v1/treatment-plans/" + planId + "/discontinue").then().statusCode(409);
    }

    @Test
    void dosesOutsideRule4AreRefusedWithTheFieldToFix() {
        String patientId = screenedPatient("[]", "");
        draft(esketamine(patientId, "70", "70")).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("plan-rules-violated"))
                .body("errors.field", hasItem("firstDose")).body("errors.field", hasItem("subsequentDose"));
        draft(esketamine(patientId, "28", "84")).then().statusCode(422).body("errors.field", hasItem("subsequentDose"));
        draft(esketamine(patientId, "56", "56").replace("\"sessionsPerWeek\":2", "\"sessionsPerWeek\":3"))
                .then().statusCode(422).body("errors.field", hasItem("induction.sessionsPerWeek"));
        draft(esketamine(patientId, "56", "56").replace("{\"mg\":56}", "{\"mg\":56,\"mgPerKg\":0.5}"))
                .then().statusCode(422).body("code", equalTo("plan-inconsistent"));
        given().auth().oauth2(CLINICIAN).queryParam("patientId", patientId).get("/v1/treatment-plans")
                .then().statusCode(200).body("$", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void ivDosingByWeightNeedsTheWeight() {
        String iv = """
                {"patientId":"%s","route":"IV","drug":"RACEMIC_KETAMINE","firstDose":{"mgPerKg":0.5},
                 "subsequentDose":{"mgPerKg":0.5},"infusionMinutes":40,"induction":{"sessionsPerWeek":3,"weeks":2},
                 "integrationSessions":2,"reassessmentWeeks":[2]}
                """;
        String withoutWeight = screenedPatient("[]", "");
        draft(iv.formatted(withoutWeight)).then().statusCode(422).body("errors.field", hasItem("weightKg"));
        String weighed = screenedPatient("[]", ",\"weightKg\":72.5");
        draft(iv.formatted(weighed)).then().statusCode(201);
        draft(iv.formatted(weighed).replace("{\"mgPerKg\":0.5}", "{\"mgPerKg\":0.9}")).then().statusCode(422)
                .body("errors.field", hasItem("firstDose"));
    }

    @Test
    void noPlanForAnIneligibleRouteOrAnUnscreenedPatient() {
        String blocked = screenedPatient("[{\"condition\":\"KETAMINE_HYPERSENSITIVITY\",\"current\":true}]", "");
        draft(esketamine(blocked, "56", "56")).then().statusCode(422).body("code", equalTo("patient-ineligible-for-route"));
        String unscreened = IntakeFixtures.patient(CLINIC, "1981-09-09", "");
        draft(esketamine(unscreened, "56", "56")).then().statusCode(422).body("code", equalTo("screening-required"));
        draft(esketamine(blocked, "56", "56")).then().statusCode(422);
        given().auth().oauth2(TestTokens.staff("clinician", "clinic-elsewhere")).contentType(ContentType.JSON)
                .body(esketamine(blocked, "56", "56")).post("/v1/treatment-plans").then().statusCode(404);
    }

    @Test
    void anApprovedPlanChangesOnlyByAPrescriberWithTheCurrentEtag() {
        String patientId = screenedPatient("[]", "");
        consent(patientId, "TREATMENT");
        consent(patientId, "REMS_PATIENT_ENROLLMENT");
        String planId = draft(esketamine(patientId, "56", "56")).then().statusCode(201).extract().path("id");
        act(PRESCRIBER, planId, "approve").then().statusCode(200);
        String etag = given().auth().oauth2(CLINICIAN).get("/v1/treatment-plans/" + planId).then().statusCode(200)
                .extract().header("ETag");
        String change = esketamine(patientId, "56", "84");
        given().auth().oauth2(CLINICIAN).contentType(ContentType.JSON).header("If-Match", etag).body(change)
                .put("/v1/treatment-plans/" + planId).then().statusCode(403);
        given().auth().oauth2(PRESCRIBER).contentType(ContentType.JSON).header("If-Match", etag).body(change)
                .put("/v1/treatment-plans/" + planId).then().statusCode(200).body("subsequentDose.mg", equalTo(84));
        given().auth().oauth2(PRESCRIBER).contentType(ContentType.JSON).header("If-Match", etag).body(change)
                .put("/v1/treatment-plans/" + planId).then().statusCode(412);
        assertEquals(1, TopicProbe.events(Topics.INTAKE, "org.carepath.intake.TreatmentPlanChanged.v1", patientId, 1,
                Duration.ofSeconds(30)).size());
        given().auth().oauth2(CLINICIAN).contentType(ContentType.JSON).body("{\"reason\":\"Intolerable dissociation\"}")
                .post("/v1/treatment-plans/" + planId + "/discontinue").then().statusCode(200)
                .body("status", equalTo("DISCONTINUED")).body("discontinuedReason", equalTo("Intolerable dissociation"));
    }
}
