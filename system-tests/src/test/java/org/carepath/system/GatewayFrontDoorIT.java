package org.carepath.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The gateway in front of the running services, as partner clinics and the patient app meet it: tokens and
 * roles are checked at the door, clinics and patients see only their own, clients are rate limited, a stopped
 * service is a clear 503 while the rest keeps answering, and the published contract covers every service.
 */
class GatewayFrontDoorIT {

    static Suite suite;
    static ClinicFixture clinic;

    @BeforeAll
    static void startTheSuite() {
        suite = Suite.get();
        clinic = ClinicFixture.create(suite, "front-door");
    }

    @Test
    void noTokenIsA401ProblemOnEveryServicesPaths() {
        for (String path : List.of("/v1/patients", "/v1/appointments", "/v1/assessments/due", "/v1/me/outcomes")) {
            given(suite.anonymous()).get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer")).body("code", equalTo("token-required"));
        }
        given(suite.anonymous()).header("Authorization", "Bearer not-a-token").get("/v1/patients")
                .then().statusCode(401).body("code", equalTo("token-invalid"));
    }

    @Test
    void aRoleTheRouteDoesNotAllowIsA403Problem() {
        String patient = suite.patientToken(clinic.clinicId, UUID.randomUUID());
        given(suite.as(patient)).get("/v1/referrals").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("role-not-allowed"));
        given(suite.as(suite.token("clinician", clinic.clinicId))).get("/v1/analytics/response-remission")
                .then().statusCode(403).body("code", equalTo("role-not-allowed"));
        given(suite.as(suite.token("analytics", clinic.clinicId))).get("/v1/safety-alerts")
                .then().statusCode(403).body("code", equalTo("role-not-allowed"));
        // The service's own role check behind the door: only a prescriber approves a plan.
        given(suite.as(clinic.staff)).post("/v1/treatment-plans/" + UUID.randomUUID() + "/approve")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anotherClinicsPatientIsNotFoundInAnyService() {
        UUID patientId = clinic.registerPatient("Noor");
        String otherClinic = suite.token("clinician", "front-door-other-" + UUID.randomUUID());
        given(suite.as(clinic.staff)).get("/v1/patients/" + patientId).then().statusCode(200);
        given(suite.as(otherClinic)).get("/v1/patients/" + patientId).then().statusCode(404)
                .contentType("application/problem+json");
        given(suite.as(otherClinic)).get("/v1/patients/" + patientId + "/journey").then().statusCode(404);
        given(suite.as(otherClinic)).get("/v1/patients/" + patientId + "/eligibility").then().statusCode(404);
    }

    @Test
    void onePatientCannotReadAnothersAppointments() {
        UUID alex = clinic.registerPatient("Alex");
        UUID sam = clinic.registerPatient("Sam");
        String alexsVisit = clinic.bookConsultation(alex, 3);
        String samsVisit = clinic.bookConsultation(sam, 4);
        String alexApp = suite.patientToken(clinic.clinicId, alex);

        JsonPath mine = given(suite.as(alexApp)).get("/v1/me/appointments?patientId=" + sam)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(alexsVisit), mine.getList("items.id"), "the token's patient, whatever the query says");
        given(suite.as(alexApp)).get("/v1/appointments?patientId=" + sam).then().statusCode(404);
        given(suite.as(alexApp)).get("/v1/appointments/" + samsVisit).then().statusCode(404);
        given(suite.as(alexApp)).get("/v1/appointments/" + alexsVisit).then().statusCode(200)
                .body("patientId", equalTo(alex.toString()));
        given(suite.as(alexApp)).body("{\"reason\":\"PATIENT_REQUEST\"}").post("/v1/appointments/" + samsVisit + "/cancel")
                .then().statusCode(404);
        given(suite.as(clinic.staff)).get("/v1/appointments/" + samsVisit).then().statusCode(200)
                .body("status", equalTo("BOOKED"));
    }

    @Test
    void aPatientOverItsRateLimitGets429WithRetryAfterWhileOthersGoOn() {
        String busy = suite.patientToken(clinic.clinicId, UUID.randomUUID());
        Response limited = null;
        // The patient limit is 120 a minute: well within 200 requests the bucket runs dry.
        for (int i = 0; i < 200 && limited == null; i++) {
            Response response = given(suite.as(busy)).get("/v1/me/assessments");
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertEquals(200, response.statusCode(), response.asString());
            }
        }
        assertTrue(limited != null, "never limited");
        limited.then().contentType("application/problem+json").body("code", equalTo("rate-limited"));
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1, limited.header("Retry-After"));
        given(suite.as(suite.patientToken(clinic.clinicId, UUID.randomUUID()))).get("/v1/me/assessments")
                .then().statusCode(200);
    }

    @Test
    void aStoppedServiceIsA503NamingItWhileTheOthersAnswerAndTheJourneySaysWhatIsMissing() throws Exception {
        UUID patientId = clinic.registerPatient("Kai");
        suite.stack().stop("outcomes", false);
        try {
            given(suite.as(clinic.staff)).get("/v1/assessments?patientId=" + patientId).then().statusCode(503)
                    .contentType("application/problem+json").body("code", equalTo("upstream-unavailable"))
                    .body("detail", containsString("outcomes"));
            given(suite.as(clinic.staff)).get("/v1/patients/" + patientId).then().statusCode(200);
            JsonPath journey = given(suite.as(clinic.staff)).get("/v1/patients/" + patientId + "/journey")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals("Kai", journey.getString("patient.givenName"));
            assertEquals(Set.of("outcomes", "openSafetyAlerts"), new TreeSet<>(journey.getList("missing.part")));
            assertEquals(List.of("outcomes", "outcomes"), journey.getList("missing.service"));
        } finally {
            suite.stack().restart("outcomes");
        }
        // Once the circuit lets a trial through, the service is reached again.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> given(
                suite.as(clinic.staff)).get("/v1/assessments?patientId=" + patientId).statusCode() == 200);
    }

    @Test
    void theMergedContractHasEveryPublicPathOfEveryRunningService() {
        JsonPath contract = given(suite.anonymous()).get("/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Set<String> published = contract.getMap("paths").keySet().stream().map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> missing = new ArrayList<>();
        for (String service : List.of("intake", "scheduling", "outcomes")) {
            Map<String, Object> served = given().baseUri(suite.service(service)).get("/q/openapi?format=json")
                    .then().statusCode(200).extract().jsonPath().getMap("paths");
            assertTrue(served.size() > 5, service + " serves its paths");
            served.keySet().stream().filter(path -> !published.contains(path))
                    .forEach(path -> missing.add(service + " " + path));
        }
        assertEquals(List.of(), missing, "paths the services serve that the gateway's contract lacks");
        assertTrue(published.containsAll(List.of("/v1/me/appointments", "/v1/patients/{id}/journey")));
        given(suite.anonymous()).get("/openapi").then().statusCode(200).contentType(containsString("yaml"))
                .body(containsString("openapi: \"3.1.0\""));
    }
}
