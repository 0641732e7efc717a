package org.carepath.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * A patient's course of esketamine through the gateway only, across intake, scheduling and outcomes, and the
 * ways the services together keep a patient safe: an ineligible patient is not booked, nobody leaves before the
 * 120 minutes, and a suicide-risk answer in the app holds dosing until a clinician has seen it.
 */
class TreatmentJourneyIT {

    /** Moves outcomes' clock past the 120-minute monitoring window (see ServiceClock). */
    static final Duration MONITORED = Duration.ofMinutes(125);

    static Suite suite;
    ClinicFixture clinic;
    Pathway pathway;

    @BeforeAll
    static void startTheSuite() {
        suite = Suite.get();
    }

    /** Each patient at a clinic of their own, so one test's series does not take another's chair. */
    @BeforeEach
    void clinicOpens() {
        clinic = ClinicFixture.create(suite, "journey");
        pathway = new Pathway(suite, clinic);
    }

    @Test
    void fromReferralToRemissionOnEsketamine() throws Exception {
        UUID patientId = pathway.referAndAccept("Robin");
        // A remote psychosis history needs the prescriber's review before anything is decided.
        JsonPath screened = pathway.screen(patientId,
                "[{\"condition\":\"PSYCHOSIS\",\"lastOccurred\":\"2009-05-01\",\"current\":false}]");
        assertEquals(List.of("REVIEW_REQUIRED"), screened.getList("routes.outcome"));
        JsonPath signedOff = pathway.signOff(patientId, "Remote psychosis, stable for 15 years");
        assertEquals("SIGNED_OFF", signedOff.getString("kind"));
        assertEquals(List.of("ELIGIBLE"), signedOff.getList("routes.outcome"));
        pathway.consentAndEnrollInRems(patientId);
        String planId = pathway.approvedEsketaminePlan(patientId);

        JsonPath series = pathway.bookSeries(planId);
        List<String> appointments = series.getList("appointments.id");
        assertEquals(8, appointments.size(), "twice weekly for four weeks: " + series.prettify());
        assertEquals(List.of(), series.getList("unplaced"));
        String first = appointments.get(0);

        // Baseline before the first dose, from the patient app.
        pathway.phq9FromTheApp(patientId, "[3,3,2,2,2,2,3,3,0]");
        String sessionId = pathway.checkInAndOpenSession(first);
        pathway.vitals(sessionId, null, 128, 82);
        OffsetDateTime dosed = OffsetDateTime.parse(pathway.dose(sessionId).getString("administeredAt"));

        // Rule 2: no discharge before 120 minutes, whatever else is done.
        given(suite.as(pathway.clinician)).post("/v1/dosing-sessions/" + sessionId + "/discharge").then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("discharge-refused"))
                .body("errors.message", hasItem("monitoring-time-not-elapsed"));

        // Two hours on (outcomes' clock moved rather than waited for): the 40-minute BP, pre-discharge vitals,
        // readiness, and the discharge is accepted.
        suite.stack().stop("outcomes", false);
        suite.stack().restart("outcomes", Map.of("carepath.clock.offset", MONITORED.toString()));
        try {
            pathway.vitals(sessionId, dosed.plusMinutes(40), 142, 88);
            pathway.vitals(sessionId, null, 126, 80);
            given(suite.as(pathway.clinician)).body("{\"readyWithoutRuleMinutes\":90}")
                    .post("/v1/dosing-sessions/" + sessionId + "/readiness").then().statusCode(200);
            given(suite.as(pathway.clinician)).post("/v1/dosing-sessions/" + sessionId + "/discharge").then()
                    .statusCode(200).body("status", equalTo("DISCHARGED"));

            // Scheduling completes the appointment from outcomes' DosingSessionCompleted.
            await().atMost(Pathway.EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> "COMPLETED".equals(
                    given(suite.as(clinic.staff)).get("/v1/appointments/" + first).path("status")));

            // The course goes on: PHQ-9 from 20 to 9 (response), then to 4 (remission).
            pathway.phq9FromTheApp(patientId, "[1,1,1,1,1,1,2,1,0]");
            pathway.phq9FromTheApp(patientId, "[1,1,0,1,0,1,0,0,0]");
            JsonPath outcomes = given(suite.as(pathway.clinician)).get("/v1/patients/" + patientId + "/outcomes")
                    .then().statusCode(200).extract().jsonPath();
            Map<String, Object> phq9 = outcomes.getMap("trajectories.find { it.instrument == 'PHQ_9' }");
            assertEquals(20, phq9.get("baselineTotal"), outcomes.prettify());
            // The app's PHQ-9 before the first dose replaces the screening's as the baseline.
            assertEquals("ASSESSMENT", phq9.get("baselineOrigin"), outcomes.prettify());
            assertEquals("ASSESSABLE", phq9.get("assessability"), outcomes.prettify());
            assertEquals(4, phq9.get("latestTotal"), outcomes.prettify());
            assertEquals(Boolean.TRUE, phq9.get("response"), outcomes.prettify());
            assertEquals(Boolean.TRUE, phq9.get("remission"), outcomes.prettify());
        } finally {
            suite.stack().stop("outcomes", false);
            suite.stack().restart("outcomes", Map.of());
        }

        JsonPath journey = given(suite.as(pathway.clinician)).get("/v1/patients/" + patientId + "/journey")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), journey.getList("missing"));
        assertTrue(journey.getList("appointments.items.status").contains("COMPLETED"), journey.prettify());
    }

    @Test
    void anIneligiblePatientCannotBeBookedForDosing() {
        UUID patientId = pathway.referAndAccept("Jo");
        JsonPath screened = pathway.screen(patientId,
                "[{\"condition\":\"KETAMINE_HYPERSENSITIVITY\",\"current\":true}]");
        assertEquals(List.of("INELIGIBLE"), screened.getList("routes.outcome"));
        String start = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.now().plusDays(2).withMinute(0).withSecond(0).withNano(0));
        String booking = "{\"patientId\":\"" + patientId + "\",\"type\":\"ESKETAMINE_DOSING\",\"providerId\":\""
                + clinic.providerId + "\",\"roomId\":\"" + clinic.dosingChairId + "\",\"start\":\"" + start + "\"}";
        // Until scheduling has the decision it refuses as undecided; then as ineligible. Never booked.
        await().atMost(Pathway.EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> {
            io.restassured.response.Response refused = given(suite.as(clinic.staff)).body(booking)
                    .post("/v1/appointments");
            assertTrue(refused.statusCode() == 422 || refused.statusCode() == 400, refused.asString());
            return "patient-not-eligible".equals(refused.path("code"));
        });
        given(suite.as(clinic.staff)).get("/v1/appointments?patientId=" + patientId).then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aSuicideRiskAnswerInTheAppHoldsDosingUntilAClinicianResolvesIt() {
        UUID patientId = pathway.referAndAccept("Lee");
        pathway.screen(patientId, "[]");
        pathway.consentAndEnrollInRems(patientId);
        String first = pathway.bookSeries(pathway.approvedEsketaminePlan(patientId)).getString("appointments[0].id");

        JsonPath answered = pathway.phq9FromTheApp(patientId, "[1,1,1,1,1,1,1,1,1]");
        assertTrue(answered.getList("flags").contains("SUICIDE_RISK_URGENT"), answered.prettify());
        String alertId = Pathway.eventually(() -> given(suite.as(pathway.clinician))
                .get("/v1/safety-alerts?patientId=" + patientId + "&status=OPEN")).then().statusCode(200)
                .body("items.level", hasItem("URGENT")).extract().path("items[0].id");

        // Intake holds eligibility for review; scheduling refuses check-in and new dosing bookings.
        await().atMost(Pathway.EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() ->
                pathway.eligibility(patientId).getList("routes.outcome").equals(List.of("REVIEW_REQUIRED")));
        given(suite.as(pathway.prescriber)).get("/v1/patients/" + patientId + "/eligibility").then()
                .body("routes.outcome", everyItem(equalTo("REVIEW_REQUIRED")))
                .body("routes[0].reasons.code", hasItem("safety-alert-open"));
        await().atMost(Pathway.EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> given(
                suite.as(clinic.staff)).body("{\"escortName\":\"Sam Lee\",\"noDrivingAcknowledged\":true}")
                .post("/v1/appointments/" + first + "/check-in").statusCode() == 409);
        given(suite.as(clinic.staff)).body("{\"escortName\":\"Sam Lee\",\"noDrivingAcknowledged\":true}")
                .post("/v1/appointments/" + first + "/check-in").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("safety-hold"));

        // A clinician sees the patient and resolves the alert: the hold lifts in intake and scheduling.
        given(suite.as(pathway.clinician)).post("/v1/safety-alerts/" + alertId + "/acknowledge").then().statusCode(200);
        given(suite.as(pathway.clinician)).body("{\"note\":\"Seen the same day; safety plan in place\"}")
                .post("/v1/safety-alerts/" + alertId + "/resolve").then().statusCode(200);
        await().atMost(Pathway.EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() ->
                pathway.eligibility(patientId).getList("routes.outcome").equals(List.of("ELIGIBLE")));
        Pathway.eventually(() -> given(suite.as(clinic.staff))
                .body("{\"escortName\":\"Sam Lee\",\"noDrivingAcknowledged\":true}")
                .post("/v1/appointments/" + first + "/check-in")).then().statusCode(200)
                .body("status", equalTo("CHECKED_IN"));
    }
}
