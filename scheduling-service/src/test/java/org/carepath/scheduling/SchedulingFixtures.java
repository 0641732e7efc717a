package org.carepath.scheduling;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.carepath.platform.events.Topics;
import org.carepath.platform.security.Roles;
import org.carepath.platform.tenancy.Tenancy;
import org.carepath.platform.testing.TestTokens;
import org.carepath.platform.testing.TopicProbe;
import org.carepath.scheduling.patient.persistence.PatientEligibility;
import org.carepath.scheduling.patient.persistence.PatientReference;
import org.carepath.scheduling.patient.persistence.RemsEnrollment;
import org.carepath.scheduling.patient.persistence.SafetyAlert;
import org.carepath.scheduling.plan.persistence.TreatmentPlanRef;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A clinic set up through the API (open around the clock unless told otherwise, so tests do not depend on the time
 * they run), with staff and rooms, and patients whose intake and outcomes facts arrive as real events.
 */
public final class SchedulingFixtures {

    public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    public static final Duration WAIT = Duration.ofSeconds(30);
    public static final String ALL_DAY = """
            [{"day":"MONDAY","opens":"00:00","closes":"00:00"},{"day":"TUESDAY","opens":"00:00","closes":"00:00"},
             {"day":"WEDNESDAY","opens":"00:00","closes":"00:00"},{"day":"THURSDAY","opens":"00:00","closes":"00:00"},
             {"day":"FRIDAY","opens":"00:00","closes":"00:00"},{"day":"SATURDAY","opens":"00:00","closes":"00:00"},
             {"day":"SUNDAY","opens":"00:00","closes":"00:00"}]""";

    /** The ids of one clinic's staff and rooms. */
    public record Clinic(String id, UUID prescriber, UUID nurse, UUID therapist, UUID nasalChair, UUID infusionChair,
            UUID therapyRoom, UUID consultationRoom) {

        public RequestSpecification staff() {
            return as(Roles.CLINIC_STAFF);
        }

        public RequestSpecification as(String role) {
            return given().auth().oauth2(TestTokens.staff(role, id)).contentType(ContentType.JSON);
        }

        public RequestSpecification patient(UUID patientId) {
            return given().auth().oauth2(TestTokens.patient(id, patientId)).contentType(ContentType.JSON);
        }
    }

    private SchedulingFixtures() {
    }

    /** A clinic open around the clock offering every route, REMS-certified, with one of each provider and room. */
    public static Clinic clinic(String clinicId) {
        return clinic(clinicId, ALL_DAY, true);
    }

    public static Clinic clinic(String clinicId, String openingHours, boolean remsCertified) {
        given().auth().oauth2(TestTokens.staff(Roles.ADMIN, clinicId)).contentType(ContentType.JSON)
                .body("""
                        {"name":"Test clinic","timeZone":"%s","openingHours":%s,
                         "routesOffered":["ESKETAMINE_INTRANASAL","IV","IM","ORAL"],"remsCertified":%s}"""
                        .formatted(ZONE.getId(), openingHours, remsCertified))
                .put("/v1/clinics/" + clinicId).then().statusCode(201);
        return new Clinic(clinicId, provider(clinicId, "PRESCRIBER"), provider(clinicId, "MONITORING_CLINICIAN"),
                provider(clinicId, "THERAPIST"), room(clinicId, "INTRANASAL_DOSING_CHAIR"), room(clinicId, "INFUSION_CHAIR"),
                room(clinicId, "THERAPY_ROOM"), room(clinicId, "CONSULTATION_ROOM"));
    }

    public static UUID provider(String clinicId, String role) {
        return UUID.fromString(given().auth().oauth2(TestTokens.staff(Roles.ADMIN, clinicId)).contentType(ContentType.JSON)
                .body(Map.of("displayName", role.toLowerCase() + " one", "roles", new String[] {role}, "dutyHours",
                        JsonPath.from(ALL_DAY).getList("")))
                .post("/v1/providers").then().statusCode(201).extract().path("id"));
    }

    public static UUID room(String clinicId, String capability) {
        return UUID.fromString(given().auth().oauth2(TestTokens.staff(Roles.ADMIN, clinicId)).contentType(ContentType.JSON)
                .body(Map.of("name", capability.toLowerCase(), "capabilities", new String[] {capability}))
                .post("/v1/rooms").then().statusCode(201).extract().path("id"));
    }

    /** A registered patient, known to scheduling once intake's event has arrived. */
    public static UUID patient(String clinicId) {
        UUID patientId = UUID.randomUUID();
        TopicProbe.publishEvent(Topics.INTAKE, "org.carepath.intake.PatientRegistered.v1", clinicId, patientId,
                "{\"patientId\":\"%s\",\"clinicId\":\"%s\",\"registeredAt\":\"%s\"}".formatted(patientId, clinicId,
                        OffsetDateTime.now()));
        await().atMost(WAIT).until(() -> find(clinicId, () -> PatientReference.findById(patientId)) != null);
        return patientId;
    }

    /** A patient intake found eligible for every route, with REMS enrollment and an approved plan for a route. */
    public static UUID dosingPatient(String clinicId, String route, int sessionsPerWeek, int inductionWeeks) {
        UUID patientId = patient(clinicId);
        eligibility(clinicId, patientId, "ELIGIBLE", OffsetDateTime.now().minusMinutes(30));
        remsEnrollment(clinicId, patientId);
        plan(clinicId, patientId, route, sessionsPerWeek, inductionWeeks);
        return patientId;
    }

    public static void eligibility(String clinicId, UUID patientId, String outcome, OffsetDateTime decidedAt) {
        String routes = Stream.of("ESKETAMINE_INTRANASAL", "IV", "IM", "ORAL")
                .map(r -> "{\"route\":\"%s\",\"outcome\":\"%s\",\"reasonCodes\":[]}".formatted(r, outcome))
                .collect(Collectors.joining(","));
        UUID decisionId = UUID.randomUUID();
        TopicProbe.publishEvent(Topics.INTAKE, "org.carepath.intake.EligibilityDetermined.v1", clinicId, patientId,
                "{\"decisionId\":\"%s\",\"patientId\":\"%s\",\"clinicId\":\"%s\",\"routes\":[%s],\"urgent\":false,\"decidedAt\":\"%s\"}"
                        .formatted(decisionId, patientId, clinicId, routes, decidedAt));
        await().atMost(WAIT).until(() -> {
            PatientEligibility e = find(clinicId, () -> PatientEligibility.findById(patientId));
            return e != null && decisionId.equals(e.decisionId);
        });
    }

    public static void remsEnrollment(String clinicId, UUID patientId) {
        TopicProbe.publishEvent(Topics.INTAKE, "org.carepath.intake.ConsentRecorded.v1", clinicId, patientId,
                "{\"consentId\":\"%s\",\"patientId\":\"%s\",\"clinicId\":\"%s\",\"kind\":\"REMS_PATIENT_ENROLLMENT\",\"formVersion\":\"2025-01\",\"signedAt\":\"%s\"}"
                        .formatted(UUID.randomUUID(), patientId, clinicId, OffsetDateTime.now().minusHours(1)));
        await().atMost(WAIT).until(() -> find(clinicId, () -> RemsEnrollment.onFile(patientId)));
    }

    public static UUID plan(String clinicId, UUID patientId, String route, int sessionsPerWeek, int inductionWeeks) {
        UUID planId = UUID.randomUUID();
        boolean esketamine = "ESKETAMINE_INTRANASAL".equals(route);
        TopicProbe.publishEvent(Topics.INTAKE, "org.carepath.intake.TreatmentPlanApproved.v1", clinicId, patientId,
                ("{\"planId\":\"%s\",\"patientId\":\"%s\",\"clinicId\":\"%s\",\"status\":\"APPROVED\",\"route\":\"%s\","
                        + "\"drug\":\"%s\",%s\"inductionSessionsPerWeek\":%d,\"inductionWeeks\":%d,"
                        + "\"integrationSessions\":2,\"at\":\"%s\"}").formatted(planId, patientId, clinicId, route,
                                esketamine ? "ESKETAMINE" : "RACEMIC_KETAMINE",
                                esketamine ? "\"firstDoseMg\":56,\"subsequentDoseMg\":84,"
                                        : "\"firstDoseMgPerKg\":0.5,\"subsequentDoseMgPerKg\":0.5,",
                                sessionsPerWeek, inductionWeeks, OffsetDateTime.now().minusMinutes(20)));
        await().atMost(WAIT).until(() -> find(clinicId, () -> TreatmentPlanRef.findById(planId)) != null);
        return planId;
    }

    public static UUID safetyAlert(String clinicId, UUID patientId) {
        UUID alertId = UUID.randomUUID();
        TopicProbe.publishEvent(Topics.OUTCOMES, "org.carepath.outcomes.SafetyAlertRaised.v1", clinicId, patientId,
                "{\"alertId\":\"%s\",\"patientId\":\"%s\",\"clinicId\":\"%s\",\"level\":\"URGENT\",\"reasonCode\":\"phq9-item9-positive\",\"raisedAt\":\"%s\"}"
                        .formatted(alertId, patientId, clinicId, OffsetDateTime.now()));
        await().atMost(WAIT).until(() -> find(clinicId, () -> SafetyAlert.openFor(patientId)));
        return alertId;
    }

    public static <T> T find(String clinicId, Supplier<T> query) {
        return Tenancy.callAs(clinicId, () -> QuarkusTransaction.requiringNew().call(query::get));
    }

    /** A Monday some weeks ahead at a local time, in the clinic's offset: far from "now" and from DST edges. */
    public static OffsetDateTime mondayInWeeks(int weeks, int hour, int minute) {
        LocalDate monday = LocalDate.now(ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(weeks);
        return monday.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toOffsetDateTime();
    }

    /** How the API writes a time: ISO-8601 with seconds and offset. */
    public static String iso(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    /** Books through the API and returns the new appointment's id. */
    public static UUID book(Clinic clinic, UUID patientId, String type, UUID providerId, UUID roomId,
            OffsetDateTime start) {
        return UUID.fromString(clinic.staff().body(booking(patientId, type, providerId, roomId, start))
                .post("/v1/appointments").then().statusCode(201).extract().path("id"));
    }

    public static String booking(UUID patientId, String type, UUID providerId, UUID roomId, OffsetDateTime start) {
        return "{\"patientId\":\"%s\",\"type\":\"%s\",\"providerId\":\"%s\",\"roomId\":\"%s\",\"start\":\"%s\"}"
                .formatted(patientId, type, providerId, roomId, start);
    }
}
