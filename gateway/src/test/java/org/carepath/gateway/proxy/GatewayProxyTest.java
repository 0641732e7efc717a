package org.carepath.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TestIssuer;
import org.carepath.platform.testing.TestTokens;
import org.carepath.platform.testing.contract.StubbedUpstreams;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The front door: tokens are checked before anything reaches a service, and failures are problem+json. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = { @ResourceArg(name = "database", value = "gateway"),
        @ResourceArg(name = "keys", value = "issuer") })
@WithTestResource(UpstreamServer.class)
@StubbedUpstreams("UpstreamServer stands in for the services; the system tests hold the real answers to the contract")
class GatewayProxyTest {

    static final String TOKEN = TestTokens.staff("clinic-staff", "clinic-a");

    @Test
    void verifiedRequestIsForwardedWithBodyHeadersAndStatusPreserved() {
        given().auth().oauth2(TOKEN).header("X-Request-Id", "req-gw-1").contentType(ContentType.JSON)
                .body("{\"givenName\":\"Alex\"}")
                .post("/v1/patients?source=partner")
                .then().statusCode(201)
                .header("Location", "/v1/patients/123")
                .header("X-Upstream", "intake")
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/v1/patients?source=partner"))
                .body("requestId", equalTo("req-gw-1"))
                .body("forwardedHost", org.hamcrest.Matchers.startsWith("localhost:"))
                .body("authorization", equalTo("Bearer " + TOKEN))
                .body("body", equalTo("{\"givenName\":\"Alex\"}"));
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemWithItsRequestIdThatNoServiceSees() {
        given().auth().oauth2(TOKEN).header("X-Request-Id", "req-gw-413").contentType(ContentType.JSON)
                .body("{\"givenName\":\"" + "x".repeat(70 * 1024) + "\"}")
                .post("/v1/patients")
                .then().statusCode(413).contentType("application/problem+json")
                .header("X-Request-Id", "req-gw-413").header("X-Upstream", nullValue())
                .body("status", equalTo(413)).body("requestId", equalTo("req-gw-413"))
                .body("code", equalTo("content-too-large"));
    }

    @Test
    void intakeRoutesReachIntake() {
        for (String path : new String[] { "/v1/referrals", "/v1/referrals/r-1/accept", "/v1/treatment-plans/p-1" }) {
            given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("{}").post(path)
                    .then().statusCode(201).body("uri", equalTo(path)).header("X-Upstream", "intake");
        }
        given().auth().oauth2(TOKEN).get("/v1/referralsx").then().statusCode(404);
    }

    @Test
    void requestIdIsAddedWhenTheClientSendsNone() {
        given().auth().oauth2(TOKEN).get("/v1/patients/abc")
                .then().statusCode(201).body("requestId", notNullValue());
    }

    /** As in production, the gateway trusts the keys its issuer publishes (a JWKS URL), not a key in its config. */
    @Test
    void tokensAreVerifiedAgainstTheIssuersPublishedKeySet() {
        given().auth().oauth2(TestTokens.staff("clinician", "clinic-a")).get("/v1/patients/jwks")
                .then().statusCode(201);
        assertTrue(TestIssuer.keySetReads() > 0, "the gateway never fetched the issuer's key set");
    }

    @Test
    void missingForgedOrExpiredTokensAreStoppedWith401() {
        given().get("/v1/patients").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer")).body("code", equalTo("token-required"));
        given().auth().oauth2(TestTokens.forged("clinic-staff", "clinic-a")).get("/v1/patients")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("token-invalid"));
        given().auth().oauth2(TestTokens.expired("clinic-staff", "clinic-a")).get("/v1/patients")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void unreachableUpstreamIsA503NamingTheServiceAndItsCircuitOpens() {
        given().auth().oauth2(TOKEN).get("/v1/patients/p-1/outcomes")
                .then().statusCode(503).contentType("application/problem+json")
                .body("code", equalTo("upstream-unavailable"))
                .body("detail", containsString("outcomes"));
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(TOKEN).get("/v1/patients/p-1/outcomes");
        }
        given().auth().oauth2(TOKEN).get("/v1/patients/p-1/outcomes").then().statusCode(503)
                .header("Retry-After", notNullValue());
    }

    @Test
    void silentUpstreamIsA504NamingTheService() {
        given().auth().oauth2(TOKEN).get("/v1/patients/slow")
                .then().statusCode(504).contentType("application/problem+json")
                .body("detail", containsString("intake"));
    }

    @Test
    void healthAndOpenApiNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void theMergedContractIsPublishedAsYamlAndJsonWithSwaggerUi() {
        given().get("/openapi").then().statusCode(200).contentType("application/yaml")
                .body(containsString("title: \"CarePath API\""));
        given().queryParam("format", "json").get("/openapi").then().statusCode(200).contentType("application/json")
                .body("openapi", equalTo("3.1.0"))
                .body("paths", hasKey("/v1/appointments"))
                .body("paths", hasKey("/v1/patients/{id}/outcomes"))
                .body("components.securitySchemes", hasKey("bearer"));
        given().get("/swagger-ui/").then().statusCode(200);
    }

    @Test
    void aPatientOverItsRateLimitGets429WithRetryAfterAndOthersGoOn() {
        String patient = TestTokens.patient("clinic-a", UUID.randomUUID());
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(patient).get("/v1/patients/p1").then().statusCode(not(equalTo(429)));
        }
        given().auth().oauth2(patient).get("/v1/patients/p1").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("code", equalTo("rate-limited"));
        given().auth().oauth2(TestTokens.patient("clinic-a", UUID.randomUUID())).get("/v1/patients/p1").then()
                .statusCode(not(equalTo(429)));
        given().auth().oauth2(TOKEN).get("/v1/patients/p1").then().statusCode(not(equalTo(429)));
    }

    @Test
    void corsLetsOnlyTheConfiguredAppOriginIn() {
        given().header("Origin", "https://app.carepath.test").header("Access-Control-Request-Method", "GET")
                .options("/v1/patients").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://app.carepath.test");
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .options("/v1/patients").then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void thePatientAppReachesOnlyItsOwnPatientsData() {
        UUID patientId = UUID.randomUUID();
        String patient = TestTokens.patient("clinic-b", patientId);
        String uri = given().auth().oauth2(patient).get("/v1/me/appointments?patientId=" + UUID.randomUUID() + "&limit=5")
                .then().statusCode(201).extract().path("uri");
        assertTrue(uri.startsWith("/v1/appointments?patientId=" + patientId + "&from="), uri);
        assertTrue(uri.endsWith("&limit=5"), uri);
        given().auth().oauth2(patient).get("/v1/me/outcomes").then().statusCode(503)
                .body("detail", containsString("outcomes"));
        given().auth().oauth2(TOKEN).get("/v1/me/appointments").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("patient-token-required"));
        given().auth().oauth2(patient).get("/v1/me/secrets").then().statusCode(404);
        given().get("/v1/me/appointments").then().statusCode(401);
    }

    @Test
    void theJourneyAsksEveryServiceInParallelAndNamesWhatIsMissing() {
        UUID patientId = UUID.randomUUID();
        given().auth().oauth2(TOKEN).get("/v1/patients/" + patientId + "/journey").then().statusCode(200)
                .body("patientId", equalTo(patientId.toString()))
                .body("patient.uri", equalTo("/v1/patients/" + patientId))
                .body("patient.authorization", equalTo("Bearer " + TOKEN))
                .body("treatmentPlans.uri", equalTo("/v1/treatment-plans?patientId=" + patientId))
                .body("appointments.uri", startsWith("/v1/appointments?patientId=" + patientId + "&from="))
                .body("$", not(hasKey("outcomes")))
                .body("missing.part", equalTo(List.of("outcomes", "openSafetyAlerts")))
                .body("missing.service", equalTo(List.of("outcomes", "outcomes")))
                .body("missing.reason", equalTo(List.of("unavailable", "unavailable")));
        given().auth().oauth2(TestTokens.patient("clinic-a", patientId)).get("/v1/patients/" + patientId + "/journey")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TOKEN).get("/v1/patients/not-a-uuid/journey").then().statusCode(400);
    }

    @Test
    void aTokenIsKeptOffRoutesItsRolesCanNeverUse() {
        given().auth().oauth2(TestTokens.patient("clinic-a", UUID.randomUUID())).get("/v1/referrals").then()
                .statusCode(403).contentType("application/problem+json").body("code", equalTo("role-not-allowed"));
        given().auth().oauth2(TOKEN).get("/v1/analytics/safety-rates").then().statusCode(403);
        given().auth().oauth2(TOKEN).get("/v1/referrals").then().statusCode(201);
        given().auth().oauth2(TestTokens.staff("analytics", "clinic-a")).get("/v1/analytics/safety-rates").then()
                .statusCode(not(equalTo(403)));
    }
}
