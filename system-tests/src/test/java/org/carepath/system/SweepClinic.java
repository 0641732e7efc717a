package org.carepath.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.response.Response;

/**
 * A clinic with one of everything the write operations act on, created through the gateway so that a request
 * with a real id reaches the validation of its body: the clinic, a prescriber, rooms, a patient who is screened,
 * eligible, consented and has an approved esketamine plan, a draft plan, a checked-in dosing appointment whose
 * dosing session is open, a booked consultation, a pending referral, an adverse event and an open safety alert.
 */
final class SweepClinic {

    final Suite suite;
    final ClinicFixture clinic;
    final UUID patientId;
    /** Real ids by the path segment naming their collection ({@code patients}, {@code dosing-sessions}, ...). */
    final Map<String, String> resources = new HashMap<>();
    /** Each resource's current ETag, for operations that need If-Match. */
    final Map<String, String> etags = new HashMap<>();
    /** Real ids by the body property that names one ({@code patientId}, {@code planId}, ...). */
    final Map<String, String> bodyIds = new HashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private SweepClinic(Suite suite, String name) {
        this.suite = suite;
        this.clinic = ClinicFixture.create(suite, name);
        String staff = clinic.staff;
        String clinician = token("clinician");
        String prescriber = token("prescriber");
        put("clinics", clinic.clinicId, given(suite.as(staff)).get("/v1/clinics/" + clinic.clinicId));
        put("providers", clinic.providerId, given(suite.as(staff)).get("/v1/providers/" + clinic.providerId));
        Response chair = created(given(suite.as(staff))
                .body("{\"name\":\"Chair 1\",\"capabilities\":[\"INTRANASAL_DOSING_CHAIR\"]}").post("/v1/rooms"));
        put("rooms", chair.path("id"), chair);

        Response patient = created(given(suite.as(staff)).body("{\"givenName\":\"Ari\",\"familyName\":\"Stone\","
                + "\"dateOfBirth\":\"1981-09-09\",\"weightKg\":72.5}").post("/v1/patients"));
        patientId = UUID.fromString(patient.path("id"));
        put("patients", patientId.toString(), patient);
        created(given(suite.as(clinician)).body(Pathway.screening("[\"ESKETAMINE_INTRANASAL\",\"IV\"]", "[]"))
                .post("/v1/patients/" + patientId + "/screenings"));
        String decisionId = given(suite.as(clinician)).get("/v1/patients/" + patientId + "/eligibility")
                .then().statusCode(200).extract().path("id");
        String signed = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString();
        String consentId = null;
        for (String kind : List.of("TREATMENT", "REMS_PATIENT_ENROLLMENT", "RESEARCH")) {
            consentId = created(given(suite.as(clinician)).body("{\"kind\":\"" + kind + "\",\"formVersion\":\"2026-01\","
                    + "\"signedAt\":\"" + signed + "\",\"prescriberSignedAt\":\"" + signed + "\"}")
                    .post("/v1/patients/" + patientId + "/consents")).path("id");
        }
        resources.put("consents", consentId);
        String planId = created(given(suite.as(clinician)).body(Pathway.esketaminePlan(patientId)).post("/v1/treatment-plans"))
                .path("id");
        given(suite.as(prescriber)).post("/v1/treatment-plans/" + planId + "/approve").then().statusCode(200);
        Response draft = created(given(suite.as(clinician)).body(Pathway.esketaminePlan(patientId)).post("/v1/treatment-plans"));
        put("treatment-plans", draft.path("id"), draft);

        String dosing = bookDosingNow(chair.path("id"));
        given(suite.as(staff)).body("{\"escortName\":\"Sam Lee\",\"noDrivingAcknowledged\":true}")
                .post("/v1/appointments/" + dosing + "/check-in").then().statusCode(200);
        resources.put("appointments", clinic.bookConsultation(patientId, 2));
        String[] session = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            List<String> ids = given(suite.as(clinician)).get("/v1/dosing-sessions?appointmentId=" + dosing)
                    .then().statusCode(200).extract().jsonPath().getList("id");
            session[0] = ids.isEmpty() ? null : ids.get(0);
            return session[0] != null;
        });
        resources.put("dosing-sessions", session[0]);
        // Ready for the dose: checklist met and pre-dose vitals within the hold limits.
        given(suite.as(clinician)).body("{\"noFoodTwoHours\":true,\"noFluidsThirtyMinutes\":true,"
                + "\"vitalsAcceptable\":true}").post("/v1/dosing-sessions/" + session[0] + "/pre-dose-checklist")
                .then().statusCode(200);
        created(given(suite.as(clinician)).body("{\"systolic\":128,\"diastolic\":82,\"heartRate\":72,\"spo2\":98,"
                + "\"respiratoryRate\":14}").post("/v1/dosing-sessions/" + session[0] + "/vitals"));

        resources.put("referrals", created(given(suite.as(staff)).body("{\"referringProvider\":{\"name\":\"Dr. Lee\"},"
                + "\"diagnoses\":[{\"code\":\"TRD\"}],\"reason\":\"Two failed SSRI trials\",\"candidate\":"
                + "{\"givenName\":\"Kim\",\"familyName\":\"Park\",\"dateOfBirth\":\"1990-01-01\"}}")
                .post("/v1/referrals")).path("id"));
        Response adverse = created(given(suite.as(clinician)).body("{\"patientId\":\"" + patientId + "\",\"term\":"
                + "\"Nausea\",\"severity\":\"MILD\",\"seriousnessCriteria\":[],\"outcome\":\"RESOLVED\","
                + "\"relationToDose\":\"POSSIBLY_RELATED\",\"onsetAt\":\"" + signed + "\"}").post("/v1/adverse-events"));
        put("adverse-events", adverse.path("id"), adverse);
        resources.put("safety-alerts", openSafetyAlert(clinician));

        bodyIds.put("patientId", patientId.toString());
        bodyIds.put("providerId", clinic.providerId);
        bodyIds.put("roomId", chair.path("id"));
        bodyIds.put("planId", planId);
        bodyIds.put("decisionId", decisionId);
        bodyIds.put("sessionId", session[0]);
        bodyIds.put("dosingSessionId", session[0]);
    }

    static SweepClinic create(Suite suite, String name) {
        return new SweepClinic(suite, name);
    }

    String clinicId() {
        return clinic.clinicId;
    }

    /** A token of this clinic for a role; the patient role answers for the clinic's patient. */
    String token(String role) {
        return tokens.computeIfAbsent(role, r -> "patient".equals(r) ? suite.patientToken(clinic.clinicId, patientId)
                : suite.token(r, clinic.clinicId));
    }

    /**
     * An esketamine dosing appointment starting at the next quarter hour, so that it can be checked in now.
     * Scheduling learns eligibility, consent and the plan from intake's events: retried until it knows them.
     */
    private String bookDosingNow(String chairId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime start = now.truncatedTo(ChronoUnit.HOURS).plusMinutes((now.getMinute() / 15 + 1) * 15L);
        String body = "{\"patientId\":\"" + patientId + "\",\"type\":\"ESKETAMINE_DOSING\",\"providerId\":\""
                + clinic.providerId + "\",\"roomId\":\"" + chairId + "\",\"start\":\"" + start + "\"}";
        Response[] booked = new Response[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            booked[0] = given(suite.as(clinic.staff)).body(body).post("/v1/appointments");
            return booked[0].statusCode() == 201;
        });
        return booked[0].path("id");
    }

    /** A second patient whose PHQ-9 item 9 answer raises a safety alert (outcomes must know the patient first). */
    private String openSafetyAlert(String clinician) {
        UUID other = clinic.registerPatient("Bo");
        String body = "{\"patientId\":\"" + other + "\",\"instrument\":\"PHQ_9\",\"answers\":[1,1,1,1,1,1,1,1,2]}";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> given(suite.as(clinician)).body(body).post("/v1/assessments").statusCode() == 201);
        String[] alert = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            List<String> ids = given(suite.as(clinician)).get("/v1/safety-alerts?patientId=" + other)
                    .then().statusCode(200).extract().jsonPath().getList("items.id");
            alert[0] = ids == null || ids.isEmpty() ? null : ids.get(0);
            return alert[0] != null;
        });
        return alert[0];
    }

    private void put(String collection, String id, Response read) {
        resources.put(collection, id);
        etags.put(collection, read.then().statusCode(either(is(200)).or(is(201))).extract().header("ETag"));
    }

    private static Response created(Response response) {
        response.then().statusCode(201);
        return response;
    }
}
