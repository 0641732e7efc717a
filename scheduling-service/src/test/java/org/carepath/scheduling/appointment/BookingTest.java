package org.carepath.scheduling.appointment;

import static org.carepath.scheduling.SchedulingFixtures.book;
import static org.carepath.scheduling.SchedulingFixtures.booking;
import static org.carepath.scheduling.SchedulingFixtures.find;
import static org.carepath.scheduling.SchedulingFixtures.iso;
import static org.carepath.scheduling.SchedulingFixtures.mondayInWeeks;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carepath.platform.events.Topics;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TopicProbe;
import org.carepath.scheduling.SchedulingFixtures;
import org.carepath.scheduling.SchedulingFixtures.Clinic;
import org.carepath.scheduling.appointment.persistence.Appointment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Booking, holds, rescheduling and cancellation, and every way a bad booking is refused without changing anything. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingTest {

    Clinic clinic;

    /** Set up once, through the API, when the first test runs (REST Assured is ready only then). */
    @BeforeEach
    void setUp() {
        if (clinic == null) {
            clinic = SchedulingFixtures.clinic("clinic-booking");
        }
    }

    long appointmentsOf(UUID patientId) {
        return find(clinic.id(), () -> Appointment.count("patientId", patientId));
    }

    @Test
    void fiftyConcurrentBookingsOfOneSlotGiveExactlyOneBooking() throws Exception {
        OffsetDateTime start = mondayInWeeks(3, 9, 0);
        List<UUID> patients = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            patients.add(SchedulingFixtures.patient(clinic.id()));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<Response>> answers = new ArrayList<>();
        for (UUID patient : patients) {
            Callable<Response> attempt = () -> {
                go.await();
                return clinic.staff().body(booking(patient, "CONSULTATION", clinic.prescriber(),
                        clinic.consultationRoom(), start)).post("/v1/appointments");
            };
            answers.add(pool.submit(attempt));
        }
        go.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        Map<Integer, Long> byStatus = responses.stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, 49L), byStatus);
        responses.stream().filter(r -> r.statusCode() == 409).forEach(r -> {
            assertEquals("application/problem+json", r.contentType());
            String code = r.path("code");
            assertEquals(true, code.equals("provider-double-booked") || code.equals("room-double-booked"), code);
        });
        long booked = find(clinic.id(), () -> Appointment.count("providerId = ?1 and startsAt = ?2", clinic.prescriber(), start));
        assertEquals(1, booked, "exactly one appointment holds the slot");
    }

    @Test
    void aBookingIsPublishedAndListedForThePatient() {
        UUID patient = SchedulingFixtures.patient(clinic.id());
        OffsetDateTime start = mondayInWeeks(3, 13, 0);
        UUID id = book(clinic, patient, "INTEGRATION_THERAPY", clinic.therapist(), clinic.therapyRoom(), start);

        clinic.staff().get("/v1/appointments/" + id).then().statusCode(200)
                .body("status", equalTo("BOOKED"))
                .body("start", equalTo(iso(start)))
                .body("end", equalTo(iso(start.plusMinutes(60))));
        clinic.patient(patient).get("/v1/appointments").then().statusCode(200).body("items.id", hasItem(id.toString()));
        clinic.patient(UUID.randomUUID()).get("/v1/appointments/" + id).then().statusCode(404);
        SchedulingFixtures.clinic("clinic-booking-other").staff().get("/v1/appointments/" + id).then().statusCode(404);

        JsonPath booked = JsonPath.from(TopicProbe.value(TopicProbe.events(Topics.SCHEDULING,
                "org.carepath.scheduling.AppointmentBooked.v1", patient.toString(), 1, SchedulingFixtures.WAIT).get(0)));
        assertEquals(id.toString(), booked.getString("appointmentId"));
        assertEquals("INTEGRATION_THERAPY", booked.getString("type"));
    }

    @Test
    void badBookingsAreRefusedAndChangeNothing() {
        UUID patient = SchedulingFixtures.patient(clinic.id());
        OffsetDateTime start = mondayInWeeks(4, 10, 0);
        Function<String, Response> post = body -> clinic.staff().body(body).post("/v1/appointments");

        expect(post.apply(booking(patient, "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(), start)
                .replace("}", ",\"end\":\"" + start.minusMinutes(5) + "\"}")), 400, "invalid-fields", "end");
        expect(post.apply(booking(patient, "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(), start)
                .replace(start.toString(), start.toLocalDateTime().toString())), 400, null, null);
        expect(post.apply(booking(patient, "CONSULTATION", UUID.randomUUID(), clinic.consultationRoom(), start)),
                400, "invalid-fields", "providerId");
        expect(post.apply(booking(patient, "IV_INFUSION", clinic.nurse(), clinic.consultationRoom(), start)),
                422, "room-lacks-capability", null);
        expect(post.apply(booking(patient, "CONSULTATION", clinic.therapist(), clinic.consultationRoom(), start)),
                422, "provider-not-qualified", null);
        expect(post.apply(booking(UUID.randomUUID(), "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(), start)),
                400, "invalid-fields", "patientId");
        expect(post.apply("{\"patientId\":\"" + patient + "\",\"type\":\"CONSULTATION\",\"surprise\":1}"), 400, null, null);

        clinic.as("admin").body("{\"start\":\"%s\",\"end\":\"%s\",\"reason\":\"Holiday\"}".formatted(start.minusHours(1),
                start.plusHours(3))).post("/v1/clinics/" + clinic.id() + "/closures").then().statusCode(201);
        expect(post.apply(booking(patient, "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(),
                start.plusHours(2))), 422, "clinic-closed", null);
        clinic.as("admin").body("{\"start\":\"%s\",\"end\":\"%s\",\"reason\":\"Holiday\"}".formatted(start, start.minusHours(1)))
                .post("/v1/clinics/" + clinic.id() + "/closures").then().statusCode(400).body("errors.field", hasItem("end"));

        assertEquals(0, appointmentsOf(patient));
    }

    @Test
    void aSlotOutsideOpeningHoursIsRefused() {
        Clinic weekdays = SchedulingFixtures.clinic("clinic-booking-hours", """
                [{"day":"MONDAY","opens":"09:00","closes":"17:00"}]""", false);
        UUID patient = SchedulingFixtures.patient(weekdays.id());
        Response late = weekdays.staff().body(booking(patient, "CONSULTATION", weekdays.prescriber(),
                weekdays.consultationRoom(), mondayInWeeks(2, 16, 30))).post("/v1/appointments");
        expect(late, 422, "outside-opening-hours", null);
        Response tuesday = weekdays.staff().body(booking(patient, "CONSULTATION", weekdays.prescriber(),
                weekdays.consultationRoom(), mondayInWeeks(2, 10, 0).plusDays(1))).post("/v1/appointments");
        expect(tuesday, 422, "outside-opening-hours", null);
        assertEquals(0L, (long) find(weekdays.id(), () -> Appointment.count("patientId", patient)));
    }

    @Test
    void aHeldSlotIsConfirmedOnceAndBlocksOthersMeanwhile() {
        UUID patient = SchedulingFixtures.patient(clinic.id());
        UUID other = SchedulingFixtures.patient(clinic.id());
        OffsetDateTime start = mondayInWeeks(5, 11, 0);
        String body = booking(patient, "FOLLOW_UP", clinic.therapist(), clinic.therapyRoom(), start);
        Response held = clinic.patient(patient).body(booking(patient, "FOLLOW_UP", clinic.therapist(),
                clinic.consultationRoom(), start)).post("/v1/appointments/holds");
        held.then().statusCode(201).body("status", equalTo("HELD")).body("holdExpiresAt", notNullValue());
        String id = held.path("id");

        expect(clinic.staff().body(booking(other, "FOLLOW_UP", clinic.therapist(), clinic.consultationRoom(), start))
                .post("/v1/appointments"), 409, null, null);
        clinic.patient(other).body(body).post("/v1/appointments/holds").then().statusCode(403);

        clinic.patient(patient).post("/v1/appointments/" + id + "/confirm").then().statusCode(200)
                .body("status", equalTo("BOOKED"));
        clinic.patient(patient).post("/v1/appointments/" + id + "/confirm").then().statusCode(409)
                .body("code", equalTo("invalid-transition"));
    }

    @Test
    void anExpiredHoldFreesItsSlot() {
        UUID patient = SchedulingFixtures.patient(clinic.id());
        UUID other = SchedulingFixtures.patient(clinic.id());
        OffsetDateTime start = mondayInWeeks(5, 15, 0);
        String id = clinic.staff().body(booking(patient, "FOLLOW_UP", clinic.prescriber(), clinic.consultationRoom(), start))
                .post("/v1/appointments/holds").then().statusCode(201).extract().path("id");
        SchedulingFixtures.find(clinic.id(), () -> {
            Appointment hold = Appointment.findById(UUID.fromString(id));
            hold.holdExpiresAt = OffsetDateTime.now().minusSeconds(1);
            return hold;
        });

        clinic.staff().body(booking(other, "FOLLOW_UP", clinic.prescriber(), clinic.consultationRoom(), start))
                .post("/v1/appointments").then().statusCode(201);
        clinic.staff().get("/v1/appointments/" + id).then().body("status", equalTo("EXPIRED"));
        clinic.staff().post("/v1/appointments/" + id + "/confirm").then().statusCode(409);
    }

    @Test
    void aRescheduleKeepsTheLinkAndACancellationRecordsItsReason() {
        UUID patient = SchedulingFixtures.patient(clinic.id());
        OffsetDateTime start = mondayInWeeks(6, 9, 0);
        UUID original = book(clinic, patient, "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(), start);

        String moved = clinic.staff().body("{\"start\":\"%s\",\"reason\":\"Patient asked\"}".formatted(start.plusDays(1)))
                .post("/v1/appointments/" + original + "/reschedule").then().statusCode(201)
                .body("rescheduledFrom", equalTo(original.toString()))
                .body("start", equalTo(iso(start.plusDays(1)))).extract().path("id");
        clinic.staff().get("/v1/appointments/" + original).then().body("status", equalTo("RESCHEDULED"))
                .body("rescheduledTo", equalTo(moved));

        clinic.staff().body("{\"reason\":\"PATIENT_REQUEST\",\"note\":\"Travelling\"}")
                .post("/v1/appointments/" + moved + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("PATIENT_REQUEST"))
                .body("lateCancellation", equalTo(false));
        clinic.staff().get("/v1/appointments/" + moved + "/history").then().statusCode(200)
                .body("to", equalTo(List.of("BOOKED", "CANCELLED")))
                .body("[1].note", equalTo("Travelling"))
                .body("[1].actor", notNullValue());
        clinic.staff().body("{\"reason\":\"PATIENT_REQUEST\"}").post("/v1/appointments/" + moved + "/cancel").then()
                .statusCode(409).body("code", equalTo("invalid-transition"));
    }

    @Test
    void aRetriedBookingWithItsIdempotencyKeyIsAnsweredOnceAndBooksOnce() {
        UUID patient = SchedulingFixtures.patient(clinic.id());
        String body = booking(patient, "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(), mondayInWeeks(7, 9, 0));
        String key = UUID.randomUUID().toString();
        String first = clinic.staff().header("Idempotency-Key", key).body(body).post("/v1/appointments").then()
                .statusCode(201).extract().path("id");
        clinic.staff().header("Idempotency-Key", key).body(body).post("/v1/appointments").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertEquals(1, appointmentsOf(patient));
    }

    @Test
    void noShowAndCheckInRespectTheClock() {
        UUID patient = SchedulingFixtures.patient(clinic.id());
        UUID id = book(clinic, patient, "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(), mondayInWeeks(7, 14, 0));
        expect(clinic.staff().post("/v1/appointments/" + id + "/no-show"), 409, "not-started", null);
        expect(clinic.staff().body("{}").post("/v1/appointments/" + id + "/check-in"), 409, "outside-check-in-window", null);
        expect(clinic.patient(patient).body("{}").post("/v1/appointments/" + id + "/check-in"), 403, null, null);
    }

    static void expect(Response response, int status, String code, String field) {
        response.then().statusCode(status).contentType("application/problem+json");
        if (code != null) {
            response.then().body("code", equalTo(code));
        }
        if (field != null) {
            response.then().body("errors.field", hasItem(field));
        }
    }
}
