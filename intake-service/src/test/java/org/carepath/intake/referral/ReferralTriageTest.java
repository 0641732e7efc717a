package org.carepath.intake.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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

/** A partner refers a patient; a clinician accepts (registering or linking the patient) or declines. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class ReferralTriageTest {

    static final String CLINIC = "clinic-referrals";
    static final String STAFF = TestTokens.staff("clinic-staff", CLINIC);
    static final String CLINICIAN = TestTokens.staff("clinician", CLINIC);
    static final Duration WAIT = Duration.ofSeconds(30);

    static final String REFERRAL = """
            {"referringProvider":{"name":"Dr. Morgan Lee","npi":"1234567893","organization":"Northside Psychiatry",
                                  "phone":"+1 555 0199","email":"mlee@northside.example"},
             "diagnoses":[{"code":"TRD","icd10":"F33.2"},{"code":"ANXIETY_DISORDER"}],
             "reason":"Two failed SSRI trials; persistent anhedonia",
             "priorTreatments":[{"treatment":"sertraline 150 mg, 8 weeks","outcome":"under 25% better"}],
             "candidate":{"givenName":"Robin","familyName":"Hale","dateOfBirth":"1988-05-20"}}
            """;

    static Response send(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/v1/referrals");
    }

    @Test
    void acceptedReferralRegistersItsCandidateAndIsAnnounced() {
        Response received = send(STAFF, REFERRAL);
        received.then().statusCode(201).body("status", equalTo("RECEIVED"))
                .body("diagnoses.code", containsInAnyOrder("TRD", "ANXIETY_DISORDER"))
                .body("referringProvider.npi", equalTo("1234567893"));
        String id = received.path("id");

        String patientId = given().auth().oauth2(CLINICIAN).contentType(ContentType.JSON).body("{}")
                .post("/v1/referrals/" + id + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("patientId", notNullValue())
                .extract().path("patientId");
        given().auth().oauth2(STAFF).get("/v1/patients/" + patientId)
                .then().statusCode(200).body("givenName", equalTo("Robin")).body("dateOfBirth", equalTo("1988-05-20"));

        ConsumerRecord<String, byte[]> receivedEvent = TopicProbe.events(Topics.INTAKE,
                "org.carepath.intake.ReferralReceived.v1", id, 1, WAIT).get(0);
        String payload = TopicProbe.value(receivedEvent);
        assertFalse(payload.contains("Morgan") || payload.contains("555") || payload.contains("SSRI")
                || payload.contains("Robin"), "no contact details, free text or demographics in events: " + payload);
        List<ConsumerRecord<String, byte[]>> accepted = TopicProbe.events(Topics.INTAKE,
                "org.carepath.intake.ReferralAccepted.v1", patientId, 1, WAIT);
        assertEquals(1, accepted.size());
        assertEquals(1, TopicProbe.events(Topics.INTAKE, "org.carepath.intake.PatientRegistered.v1", patientId, 1, WAIT)
                .size());
    }

    @Test
    void aReferralIsDecidedOnlyOnce() {
        String id = send(STAFF, REFERRAL).then().statusCode(201).extract().path("id");
        given().auth().oauth2(CLINICIAN).contentType(ContentType.JSON).body("{\"reason\":\"Active psychosis\"}")
                .post("/v1/referrals/" + id + "/decline")
                .then().statusCode(200).body("status", equalTo("DECLINED")).body("declineReason", equalTo("Active psychosis"));
        given().auth().oauth2(CLINICIAN).contentType(ContentType.JSON).body("{}").post("/v1/referrals/" + id + "/accept")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("referral-already-decided"));
        given().auth().oauth2(CLINICIAN).contentType(ContentType.JSON).body("{\"reason\":\"again\"}")
                .post("/v1/referrals/" + id + "/decline").then().statusCode(409);
        given().auth().oauth2(STAFF).get("/v1/referrals/" + id).then().body("status", equalTo("DECLINED"));
    }

    @Test
    void referralForAKnownPatientLinksIt() {
        String patientId = given().auth().oauth2(STAFF).contentType(ContentType.JSON)
                .body("{\"givenName\":\"Kim\",\"familyName\":\"Ode\",\"dateOfBirth\":\"1970-01-01\"}")
                .post("/v1/patients").then().statusCode(201).extract().path("id");
        String body = REFERRAL.replaceAll("\"candidate\":\\{[^}]*\\}", "\"patientId\":\"" + patientId + "\"");
        String id = send(STAFF, body).then().statusCode(201).body("patientId", equalTo(patientId)).extract().path("id");
        given().auth().oauth2(CLINICIAN).contentType(ContentType.JSON).post("/v1/referrals/" + id + "/accept")
                .then().statusCode(200).body("patientId", equalTo(patientId));
        send(STAFF, REFERRAL.replaceAll("\"candidate\":\\{[^}]*\\}", "\"patientId\":\"" + UUID.randomUUID() + "\""))
                .then().statusCode(422).body("code", equalTo("patient-not-found"));
    }

    @Test
    void acceptingWithNobodyToLinkChangesNothing() {
        String id = send(STAFF, REFERRAL.replaceAll(",\\s*\"candidate\":\\{[^}]*\\}", "")).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(CLINICIAN).contentType(ContentType.JSON).body("{}").post("/v1/referrals/" + id + "/accept")
                .then().statusCode(422).body("code", equalTo("referral-candidate-incomplete"));
        given().auth().oauth2(STAFF).get("/v1/referrals/" + id).then().body("status", equalTo("RECEIVED"));
    }

    @Test
    void triageIsForCliniciansAndStaysInTheClinic() {
        String id = send(STAFF, REFERRAL).then().statusCode(201).extract().path("id");
        given().auth().oauth2(STAFF).contentType(ContentType.JSON).body("{}").post("/v1/referrals/" + id + "/accept")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.staff("clinician", "clinic-other")).contentType(ContentType.JSON).body("{}")
                .post("/v1/referrals/" + id + "/accept").then().statusCode(404);
        given().auth().oauth2(TestTokens.staff("clinician", "clinic-other")).get("/v1/referrals/" + id)
                .then().statusCode(404);
    }

    @Test
    void invalidReferralsAre400NamingEachField() {
        send(STAFF, REFERRAL.replace("\"npi\":\"1234567893\"", "\"npi\":\"12\"").replace("F33.2", "depression")
                .replace("\"reason\":\"Two failed SSRI trials; persistent anhedonia\"", "\"reason\":\"\""))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("referringProvider.npi", "diagnoses[0].icd10", "reason"));
        send(STAFF, REFERRAL.replace("\"code\":\"TRD\"", "\"code\":\"SADNESS\"")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("diagnoses[0].code"));
        send(STAFF, REFERRAL.replaceAll("\"diagnoses\":\\[[^\\]]*\\]", "\"diagnoses\":[]")).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("diagnoses"));
        given().auth().oauth2(CLINICIAN).contentType(ContentType.JSON).body("{}")
                .post("/v1/referrals/" + UUID.randomUUID() + "/decline").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("reason"));
    }

    @Test
    void referralsAreListedByStatus() {
        String id = send(STAFF, REFERRAL).then().statusCode(201).extract().path("id");
        given().auth().oauth2(STAFF).queryParam("status", "RECEIVED").queryParam("limit", 200).get("/v1/referrals")
                .then().statusCode(200).body("items.id", hasItem(id)).body("items.status", everyItem(equalTo("RECEIVED")));
        given().auth().oauth2(STAFF).queryParam("status", "PENDING").get("/v1/referrals")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("status"));
    }
}
