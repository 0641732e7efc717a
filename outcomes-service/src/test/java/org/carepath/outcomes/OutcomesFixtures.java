package org.carepath.outcomes;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Supplier;

import org.carepath.outcomes.assessment.persistence.ScreeningScoreEntity;
import org.carepath.outcomes.patient.persistence.PatientProfile;
import org.carepath.outcomes.session.persistence.DosingSessionEntity;
import org.carepath.platform.events.Topics;
import org.carepath.platform.security.Roles;
import org.carepath.platform.tenancy.Tenancy;
import org.carepath.platform.testing.TestTokens;
import org.carepath.platform.testing.TopicProbe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Patients and checked-in sessions arrive as real events from intake and scheduling. */
public final class OutcomesFixtures {

    public static final Duration WAIT = Duration.ofSeconds(30);
    public static final String NO_MEDICATIONS = "{\"benzodiazepines\":false,\"nonBenzodiazepineSedativeHypnotics\":false,"
            + "\"psychostimulants\":false,\"maois\":false,\"opioids\":false}";
    public static final String CHECKLIST = "{\"noFoodTwoHours\":true,\"noFluidsThirtyMinutes\":true,\"vitalsAcceptable\":true}";

    private OutcomesFixtures() {
    }

    public static RequestSpecification as(String role, String clinicId) {
        return given().auth().oauth2(TestTokens.staff(role, clinicId)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asPatient(String clinicId, UUID patientId) {
        return given().auth().oauth2(TestTokens.patient(clinicId, patientId)).contentType(ContentType.JSON);
    }

    public static UUID patient(String clinicId, int birthYear) {
        UUID patientId = UUID.randomUUID();
        TopicProbe.publishEvent(Topics.INTAKE, "org.carepath.intake.PatientRegistered.v1", clinicId, patientId,
                "{\"patientId\":\"%s\",\"clinicId\":\"%s\",\"registeredAt\":\"%s\",\"birthYear\":%d}"
                        .formatted(patientId, clinicId, OffsetDateTime.now().minusDays(30), birthYear));
        await().atMost(WAIT).until(() -> find(clinicId, () -> PatientProfile.findById(patientId)) != null);
        return patientId;
    }

    /** Scheduling checked the patient in for a dosing appointment at {@code checkedInAt}; returns the session id. */
    public static UUID checkedIn(String clinicId, UUID patientId, String route, OffsetDateTime checkedInAt) {
        UUID appointmentId = UUID.randomUUID();
        TopicProbe.publishEvent(Topics.SCHEDULING, "org.carepath.scheduling.PatientCheckedIn.v1", clinicId, patientId,
                ("{\"appointmentId\":\"%s\",\"patientId\":\"%s\",\"clinicId\":\"%s\",\"type\":\"ESKETAMINE_DOSING\","
                        + "\"route\":\"%s\",\"planId\":\"%s\",\"status\":\"CHECKED_IN\",\"escortConfirmed\":true,"
                        + "\"noDrivingAcknowledged\":true,\"plannedDoseMg\":56,\"at\":\"%s\"}")
                        .formatted(appointmentId, patientId, clinicId, route, UUID.randomUUID(), checkedInAt));
        await().atMost(WAIT).until(() -> find(clinicId,
                () -> DosingSessionEntity.count("appointmentId", appointmentId)) > 0);
        return find(clinicId, () -> DosingSessionEntity.<DosingSessionEntity>find("appointmentId", appointmentId)
                .firstResult().id);
    }

    /** An esketamine session dosed {@code secondsAgo} ago with every reading rule 2 asks for, not yet discharged. */
    public static UUID monitoredSession(String clinicId, UUID patient, long secondsAgo) {
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime dosed = now.minusSeconds(secondsAgo);
        UUID session = checkedIn(clinicId, patient, "ESKETAMINE_INTRANASAL", dosed.minusMinutes(20));
        String base = "/v1/dosing-sessions/" + session;
        vitals(clinicId, base, dosed.minusMinutes(10), 128, 82);
        as(Roles.CLINICIAN, clinicId).body(CHECKLIST).post(base + "/pre-dose-checklist").then().statusCode(200)
                .body("unmet.size()", equalTo(0));
        as(Roles.CLINICIAN, clinicId).body(("{\"route\":\"ESKETAMINE_INTRANASAL\",\"doseMg\":56,\"devices\":2,"
                + "\"lotNumber\":\"L123\",\"concomitantMedications\":%s,\"administeredAt\":\"%s\"}")
                .formatted(NO_MEDICATIONS, dosed)).post(base + "/dose").then().statusCode(200);
        vitals(clinicId, base, dosed.plusMinutes(40), 142, 88);
        vitals(clinicId, base, now.minusMinutes(1), 126, 80);
        as(Roles.CLINICIAN, clinicId).body("{\"readyWithoutRuleMinutes\":90}").post(base + "/readiness").then()
                .statusCode(200);
        return session;
    }

    /** Intake's ScreeningCompleted, as intake publishes it; waits until outcomes has kept its scores. */
    public static UUID screened(String clinicId, UUID patientId, int phq9, int gad7, OffsetDateTime recordedAt) {
        UUID screening = UUID.randomUUID();
        TopicProbe.publishEvent(Topics.INTAKE, "org.carepath.intake.ScreeningCompleted.v1", clinicId, patientId,
                ("{\"screeningId\":\"%s\",\"patientId\":\"%s\",\"clinicId\":\"%s\",\"assessedOn\":\"%s\","
                        + "\"indication\":\"TRD\",\"requestedRoutes\":[\"ESKETAMINE_INTRANASAL\"],\"phq9Total\":%d,"
                        + "\"gad7Total\":%d,\"suicideRisk\":\"NONE\",\"recordedAt\":\"%s\"}")
                        .formatted(screening, patientId, clinicId, recordedAt.toLocalDate(), phq9, gad7, recordedAt));
        await().atMost(WAIT).until(() -> find(clinicId,
                () -> ScreeningScoreEntity.count("screeningId", screening)) == 2);
        return screening;
    }

    private static void vitals(String clinicId, String session, OffsetDateTime takenAt, int systolic, int diastolic) {
        as(Roles.CLINICIAN, clinicId).body("{\"takenAt\":\"%s\",\"systolic\":%d,\"diastolic\":%d,\"heartRate\":74}"
                .formatted(takenAt, systolic, diastolic)).post(session + "/vitals").then().statusCode(201);
    }

    public static <T> T find(String clinicId, Supplier<T> query) {
        return Tenancy.callAs(clinicId, () -> QuarkusTransaction.requiringNew().call(query::get));
    }
}
