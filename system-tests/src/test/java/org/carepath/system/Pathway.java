package org.carepath.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The steps of the care pathway as a clinic's staff take them through the gateway: referral, screening,
 * eligibility, consent, plan, series, check-in and the dosing session. Each step asserts its own answer; steps
 * that depend on another service's events retry until that service has caught up.
 */
final class Pathway {

    static final Duration EVENTUAL = Duration.ofSeconds(60);
    static final String NO_MEDICATIONS = "{\"benzodiazepines\":false,\"nonBenzodiazepineSedativeHypnotics\":false,"
            + "\"psychostimulants\":false,\"maois\":false,\"opioids\":false}";

    final Suite suite;
    final ClinicFixture clinic;
    final String clinician;
    final String prescriber;

    Pathway(Suite suite, ClinicFixture clinic) {
        this.suite = suite;
        this.clinic = clinic;
        this.clinician = suite.token("clinician", clinic.clinicId);
        this.prescriber = suite.token("prescriber", clinic.clinicId);
    }

    /** A partner refers a patient with treatment-resistant depression; a clinician accepts, registering them. */
    UUID referAndAccept(String givenName) {
        String referralId = given(suite.as(clinic.staff)).body("""
                {"referringProvider":{"name":"Dr. Morgan Lee","npi":"1234567893","organization":"Northside Psychiatry"},
                 "diagnoses":[{"code":"TRD","icd10":"F33.2"}],
                 "reason":"Two failed antidepressant trials in this episode",
                 "candidate":{"givenName":"%s","familyName":"Hale","dateOfBirth":"1988-05-20"}}
                """.formatted(givenName)).post("/v1/referrals").then().statusCode(201).extract().path("id");
        String patientId = given(suite.as(clinician)).body("{}").post("/v1/referrals/" + referralId + "/accept")
                .then().statusCode(200).extract().path("patientId");
        return UUID.fromString(patientId);
    }

    /** A clinician's screening: TRD, two failed trials, a negative risk screen, and this history. */
    JsonPath screen(UUID patientId, String history) {
        given(suite.as(clinician)).body(screening("[\"ESKETAMINE_INTRANASAL\"]", history))
                .post("/v1/patients/" + patientId + "/screenings").then().statusCode(201);
        return eligibility(patientId);
    }

    /**
     * A screening that makes an adult eligible for the requested routes (DOMAIN.md): treatment-resistant
     * depression after two failed trials in this episode, a negative risk screen, normal vitals, this history.
     */
    static String screening(String requestedRoutes, String history) {
        return """
                {"assessedOn":"%s","indication":"TRD","requestedRoutes":%s,
                 "history":%s,
                 "medications":[{"name":"escitalopram","medicationClass":"CONVENTIONAL_ANTIDEPRESSANT"}],
                 "antidepressantTrials":[
                   {"drug":"sertraline","doseMg":150,"weeks":8,"improvementPercent":20,"currentEpisode":true},
                   {"drug":"venlafaxine","doseMg":225,"weeks":6,"improvementPercent":10,"currentEpisode":true}],
                 "phq9":[3,3,2,2,2,2,2,2,0],"gad7":[1,2,1,1,0,1,1],
                 "cssrs":{"wishedDead":false,"suicidalThoughts":false,"behaviorEver":false},
                 "baselineVitals":{"systolic":128,"diastolic":82,"heartRate":72}}
                """.formatted(LocalDate.now().minusDays(1), requestedRoutes, history);
    }

    JsonPath eligibility(UUID patientId) {
        return given(suite.as(prescriber)).get("/v1/patients/" + patientId + "/eligibility").then().statusCode(200)
                .extract().jsonPath();
    }

    /** The prescriber signs off a decision that needed review. */
    JsonPath signOff(UUID patientId, String reason) {
        String decisionId = eligibility(patientId).getString("id");
        return given(suite.as(prescriber)).body("{\"decisionId\":\"" + decisionId + "\",\"action\":\"SIGN_OFF\","
                + "\"reason\":\"" + reason + "\"}").post("/v1/patients/" + patientId + "/eligibility/reviews")
                .then().statusCode(201).extract().jsonPath();
    }

    /** Treatment consent and the SPRAVATO REMS patient enrollment, signed by patient and prescriber. */
    void consentAndEnrollInRems(UUID patientId) {
        String signed = OffsetDateTime.now().minusHours(1).toString();
        for (String kind : new String[] {"TREATMENT", "REMS_PATIENT_ENROLLMENT"}) {
            given(suite.as(clinician)).body("{\"kind\":\"" + kind + "\",\"formVersion\":\"2026-01\",\"signedAt\":\""
                    + signed + "\",\"prescriberSignedAt\":\"" + signed + "\"}")
                    .post("/v1/patients/" + patientId + "/consents").then().statusCode(201);
        }
    }

    /** An esketamine plan (56 mg, twice weekly for 4 weeks) drafted by a clinician and approved by the prescriber. */
    String approvedEsketaminePlan(UUID patientId) {
        String planId = given(suite.as(clinician)).body(esketaminePlan(patientId)).post("/v1/treatment-plans")
                .then().statusCode(201).extract().path("id");
        given(suite.as(prescriber)).post("/v1/treatment-plans/" + planId + "/approve").then().statusCode(200);
        return planId;
    }

    /** 56 mg esketamine twice weekly for four weeks, then weekly (within rule 4's label doses). */
    static String esketaminePlan(UUID patientId) {
        return """
                {"patientId":"%s","route":"ESKETAMINE_INTRANASAL","drug":"ESKETAMINE",
                 "firstDose":{"mg":56},"subsequentDose":{"mg":56},
                 "induction":{"sessionsPerWeek":2,"weeks":4},"maintenance":{"intervalWeeks":1},
                 "integrationSessions":3,"reassessmentWeeks":[4]}
                """.formatted(patientId);
    }

    /** The plan's induction series from today; retried while scheduling has not yet heard of the plan. */
    JsonPath bookSeries(String planId) {
        String body = "{\"planId\":\"" + planId + "\",\"firstDay\":\"" + LocalDate.now(ZoneId.of(ClinicFixture.MORNING_ZONE))
                + "\",\"providerId\":\"" + clinic.providerId + "\"}";
        Response series = eventually(() -> given(suite.as(clinic.staff)).body(body).post("/v1/appointment-series"));
        return series.then().statusCode(201).extract().jsonPath();
    }

    /** Checks the patient in with an escort; outcomes opens the dosing session from the event. */
    String checkInAndOpenSession(String appointmentId) {
        given(suite.as(clinic.staff)).body("{\"escortName\":\"Sam Lee\",\"noDrivingAcknowledged\":true}")
                .post("/v1/appointments/" + appointmentId + "/check-in").then().statusCode(200)
                .extract().jsonPath();
        String[] session = new String[1];
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonPath sessions = given(suite.as(clinician)).get("/v1/dosing-sessions?appointmentId=" + appointmentId)
                    .then().statusCode(200).extract().jsonPath();
            session[0] = sessions.getString("[0].id");
            return session[0] != null;
        });
        return session[0];
    }

    void vitals(String sessionId, OffsetDateTime takenAt, int systolic, int diastolic) {
        given(suite.as(clinician)).body("{" + (takenAt == null ? "" : "\"takenAt\":\"" + takenAt + "\",")
                + "\"systolic\":" + systolic + ",\"diastolic\":" + diastolic + ",\"heartRate\":74}")
                .post("/v1/dosing-sessions/" + sessionId + "/vitals").then().statusCode(201);
    }

    /** The pre-dose checklist and two 28 mg devices, now. */
    JsonPath dose(String sessionId) {
        given(suite.as(clinician)).body("{\"noFoodTwoHours\":true,\"noFluidsThirtyMinutes\":true,"
                + "\"vitalsAcceptable\":true}").post("/v1/dosing-sessions/" + sessionId + "/pre-dose-checklist")
                .then().statusCode(200);
        return given(suite.as(clinician)).body("{\"route\":\"ESKETAMINE_INTRANASAL\",\"doseMg\":56,\"devices\":2,"
                + "\"lotNumber\":\"L123\",\"concomitantMedications\":" + NO_MEDICATIONS + "}")
                .post("/v1/dosing-sessions/" + sessionId + "/dose").then().statusCode(200).extract().jsonPath();
    }

    /** A PHQ-9 answered in the patient app. */
    JsonPath phq9FromTheApp(UUID patientId, String answers) {
        return given(suite.as(suite.patientToken(clinic.clinicId, patientId)))
                .body("{\"instrument\":\"PHQ_9\",\"answers\":" + answers + "}").post("/v1/me/assessments")
                .then().statusCode(201).extract().jsonPath();
    }

    /**
     * Repeats a request while it is refused with a 4xx (another service has not caught up yet), for at most a
     * minute; returns the last answer, so a lasting refusal fails the caller's assertion with its body.
     */
    static Response eventually(Supplier<Response> request) {
        long deadline = System.nanoTime() + EVENTUAL.toNanos();
        Response last = request.get();
        while ((last.statusCode() >= 400 && last.statusCode() < 500) && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(500));
            last = request.get();
        }
        return last;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
