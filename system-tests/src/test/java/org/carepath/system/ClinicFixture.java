package org.carepath.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.restassured.response.Response;

/**
 * One clinic set up through the gateway as a partner clinic's integrator would: the clinic in scheduling (open
 * around the clock, in a time zone where it is morning now, so a dosing series that starts today fits into today
 * whatever the hour the tests run), a provider who prescribes and monitors, a consultation room and an intranasal
 * dosing chair.
 */
final class ClinicFixture {

    static final String ALL_WEEK = Stream.of(DayOfWeek.values())
            .map(day -> "{\"day\":\"" + day + "\",\"opens\":\"00:00\",\"closes\":\"00:00\"}")
            .collect(Collectors.joining(",", "[", "]"));

    /** An IANA zone where it is about 08:00 now ({@code Etc/GMT-N} is UTC+N). */
    static final String MORNING_ZONE = morningZone();

    final Suite suite;
    final String clinicId;
    final String staff;
    final String providerId;
    final String consultationRoomId;
    final String dosingChairId;

    private ClinicFixture(Suite suite, String clinicId) {
        this.suite = suite;
        this.clinicId = clinicId;
        this.staff = suite.token("clinic-staff", clinicId);
        given(suite.as(staff)).body("{\"name\":\"" + clinicId + "\",\"timeZone\":\"" + MORNING_ZONE + "\",\"openingHours\":"
                + ALL_WEEK + ",\"routesOffered\":[\"IV\",\"ESKETAMINE_INTRANASAL\"],\"remsCertified\":true,"
                + "\"remsSettingId\":\"RS-" + clinicId + "\"}")
                .put("/v1/clinics/" + clinicId).then().statusCode(201);
        providerId = given(suite.as(staff)).body("{\"displayName\":\"Dr. Ito\",\"roles\":[\"PRESCRIBER\","
                + "\"MONITORING_CLINICIAN\"],\"dutyHours\":" + ALL_WEEK + "}")
                .post("/v1/providers").then().statusCode(201).extract().path("id");
        consultationRoomId = given(suite.as(staff)).body("{\"name\":\"Office 1\",\"capabilities\":"
                + "[\"CONSULTATION_ROOM\"]}").post("/v1/rooms").then().statusCode(201).extract().path("id");
        dosingChairId = given(suite.as(staff)).body("{\"name\":\"Chair 1\",\"capabilities\":"
                + "[\"INTRANASAL_DOSING_CHAIR\"]}").post("/v1/rooms").then().statusCode(201).extract().path("id");
    }

    private static String morningZone() {
        int offset = Math.floorMod(8 - OffsetDateTime.now(ZoneOffset.UTC).getHour() + 12, 24) - 12;
        return offset == 0 ? "Etc/UTC" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset);
    }

    /** A new clinic with a unique id. */
    static ClinicFixture create(Suite suite, String name) {
        return new ClinicFixture(suite, name + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Registers a patient at intake and returns the id. */
    UUID registerPatient(String givenName) {
        String id = given(suite.as(staff)).body(Map.of("givenName", givenName, "familyName", "Rivera",
                "dateOfBirth", "1984-03-09")).post("/v1/patients").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /**
     * Books a consultation some days ahead. Scheduling learns of a new patient from intake's event, so the
     * booking is retried until scheduling knows the patient (400 on patientId until then).
     */
    String bookConsultation(UUID patientId, int daysAhead) {
        // RFC 3339, as the contract's date-time says: OffsetDateTime.toString() drops zero seconds.
        String start = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(daysAhead).truncatedTo(ChronoUnit.HOURS));
        String body = "{\"patientId\":\"" + patientId + "\",\"type\":\"CONSULTATION\",\"providerId\":\"" + providerId
                + "\",\"roomId\":\"" + consultationRoomId + "\",\"start\":\"" + start + "\"}";
        Response[] booked = new Response[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            booked[0] = given(suite.as(staff)).body(body).post("/v1/appointments");
            return booked[0].statusCode() != 400;
        });
        booked[0].then().statusCode(201);
        return booked[0].path("id");
    }
}
