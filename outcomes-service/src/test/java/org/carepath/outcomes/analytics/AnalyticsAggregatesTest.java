package org.carepath.outcomes.analytics;

import static org.carepath.outcomes.OutcomesFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.carepath.outcomes.OutcomesFixtures;
import org.carepath.platform.security.Roles;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The analytics role gets rates, never rows, and a group too small to hide a patient shows no counts. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "outcomes"))
class AnalyticsAggregatesTest {

    static final String CLINIC = "clinic-aggregates";
    static final String SMALL = "clinic-aggregates-small";

    void treated(String clinic, String baselineAnswers, String latestAnswers) {
        UUID patient = OutcomesFixtures.patient(clinic, 1980);
        as(Roles.CLINICIAN, clinic).body("{\"patientId\":\"%s\",\"instrument\":\"PHQ_9\",\"answers\":%s,\"takenAt\":\"%s\"}"
                .formatted(patient, baselineAnswers, OffsetDateTime.now().minusDays(2))).post("/v1/assessments")
                .then().statusCode(201);
        OutcomesFixtures.monitoredSession(clinic, patient, 3 * 3600);
        as(Roles.CLINICIAN, clinic).body("{\"patientId\":\"%s\",\"instrument\":\"PHQ_9\",\"answers\":%s}"
                .formatted(patient, latestAnswers)).post("/v1/assessments").then().statusCode(201);
    }

    @Test
    void responseAndRemissionRatesBySmallCellSuppression() {
        String baseline16 = "[2,2,2,2,2,2,2,2,0]";
        treated(CLINIC, baseline16, "[1,0,1,0,1,0,1,0,0]");
        treated(CLINIC, baseline16, "[1,1,1,1,1,1,1,1,0]");
        treated(CLINIC, baseline16, "[2,2,2,2,2,1,1,1,0]");
        treated(SMALL, baseline16, "[0,0,0,0,0,0,0,0,0]");

        as(Roles.ANALYTICS, CLINIC).get("/v1/analytics/response-remission").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].clinicId", equalTo(CLINIC))
                .body("[0].route", equalTo("ESKETAMINE_INTRANASAL"))
                .body("[0].patients", equalTo(3))
                .body("[0].responders", equalTo(2))
                .body("[0].remitters", equalTo(1))
                .body("[0].suppressed", equalTo(false));
        as(Roles.ANALYTICS, SMALL).get("/v1/analytics/response-remission").then().statusCode(200)
                .body("[0].suppressed", equalTo(true)).body("[0].patients", nullValue());
        as(Roles.ANALYTICS, CLINIC).get("/v1/analytics/sessions-to-response").then().statusCode(200)
                .body("[0].suppressed", equalTo(true));
        as(Roles.ANALYTICS, CLINIC).get("/v1/analytics/safety-rates").then().statusCode(200)
                .body("[0].sessions", equalTo(3)).body("[0].adverseEvents", equalTo(0));
        RestAssured.given().auth().oauth2(TestTokens.staffWithoutClinic(Roles.ANALYTICS)).get("/v1/analytics/response-remission")
                .then().statusCode(200).body("clinicId", hasItems(CLINIC, SMALL));
        as(Roles.CLINICIAN, CLINIC).get("/v1/analytics/response-remission").then().statusCode(403);
        as(Roles.ANALYTICS, CLINIC).queryParam("instrument", "GAD_7").get("/v1/analytics/response-remission").then()
                .statusCode(400);
        as(Roles.ANALYTICS, CLINIC).get("/v1/assessments?patientId=" + UUID.randomUUID()).then().statusCode(403);
    }
}
