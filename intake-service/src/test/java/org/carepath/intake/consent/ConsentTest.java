package org.carepath.intake.consent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;

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

/** Consents on file with form version and signatures; a withdrawal is recorded, not erased. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class ConsentTest {

    static final String CLINIC = "clinic-consent";
    static final String STAFF = TestTokens.staff("clinic-staff", CLINIC);
    static final String SIGNED = OffsetDateTime.now().minusHours(2).toString();

    static String patient() {
        return given().auth().oauth2(STAFF).contentType(ContentType.JSON)
                .body("{\"givenName\":\"Lee\",\"familyName\":\"Park\",\"dateOfBirth\":\"1983-07-07\"}")
                .post("/v1/patients").then().statusCode(201).extract().path("id");
    }

    static Response consent(String patientId, String body) {
        return given().auth().oauth2(STAFF).contentType(ContentType.JSON).body(body)
                .post("/v1/patients/" + patientId + "/consents");
    }

    @Test
    void consentsAreRecordedWithdrawnAndAnnounced() {
        String patientId = patient();
        String treatment = consent(patientId, "{\"kind\":\"TREATMENT\",\"formVersion\":\"2026-03\",\"signedAt\":\"" + SIGNED + "\"}")
                .then().statusCode(201).body("status", equalTo("ACTIVE")).body("formVersion", equalTo("2026-03"))
                .extract().path("id");
        consent(patientId, "{\"kind\":\"REMS_PATIENT_ENROLLMENT\",\"formVersion\":\"2025-01\",\"signedAt\":\"" + SIGNED
                + "\",\"prescriberSignedAt\":\"" + SIGNED + "\",\"remsEnrollmentId\":\"PE-1234\"}").then().statusCode(201);
        given().auth().oauth2(STAFF).contentType(ContentType.JSON).body("{\"reason\":\"Patient changed their mind\"}")
                .post("/v1/patients/" + patientId + "/consents/" + treatment + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("withdrawalReason", equalTo("Patient changed their mind"));
        given().auth().oauth2(STAFF).contentType(ContentType.JSON).body("{}")
                .post("/v1/patients/" + patientId + "/consents/" + treatment + "/withdraw")
                .then().statusCode(409).body("code", equalTo("consent-already-withdrawn"));
        given().auth().oauth2(STAFF).get("/v1/patients/" + patientId + "/consents").then().statusCode(200)
                .body("kind", contains("TREATMENT", "REMS_PATIENT_ENROLLMENT"))
                .body("status", contains("WITHDRAWN", "ACTIVE"));
        assertEquals(2, TopicProbe.events(Topics.INTAKE, "org.carepath.intake.ConsentRecorded.v1", patientId, 2,
                Duration.ofSeconds(30)).size());
        assertEquals(1, TopicProbe.events(Topics.INTAKE, "org.carepath.intake.ConsentWithdrawn.v1", patientId, 1,
                Duration.ofSeconds(30)).size());
    }

    @Test
    void invalidConsentsAreRefusedAndRecordNothing() {
        String patientId = patient();
        consent(patientId, "{\"kind\":\"REMS_PATIENT_ENROLLMENT\",\"formVersion\":\"2025-01\",\"signedAt\":\"" + SIGNED + "\"}")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("prescriberSignedAt"));
        consent(patientId, "{\"kind\":\"TREATMENT\",\"formVersion\":\"2026-03\",\"signedAt\":\""
                + OffsetDateTime.now().plusDays(1) + "\"}").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("signedAt"));
        consent(patientId, "{\"kind\":\"MARKETING\",\"formVersion\":\"1\",\"signedAt\":\"" + SIGNED + "\"}")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("kind"));
        consent(patientId, "{\"kind\":\"TREATMENT\",\"signedAt\":\"" + SIGNED + "\"}")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("formVersion"));
        given().auth().oauth2(STAFF).get("/v1/patients/" + patientId + "/consents").then().body("$", hasSize(0));
        given().auth().oauth2(TestTokens.staff("clinic-staff", "clinic-elsewhere")).contentType(ContentType.JSON)
                .body("{\"kind\":\"TREATMENT\",\"formVersion\":\"1\",\"signedAt\":\"" + SIGNED + "\"}")
                .post("/v1/patients/" + patientId + "/consents").then().statusCode(404);
    }
}
