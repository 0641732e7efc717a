package org.carepath.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * 200 booking requests for 20 slots of one provider and one room, all at once through the gateway: each slot is
 * booked exactly once, every request gets 201 or 409, and none fails with a 5xx.
 */
class ConcurrentBookingIT {

    static final int SLOTS = 20;
    static final int REQUESTS = 200;
    static final int PATIENTS = 40;

    @Test
    void twoHundredConcurrentBookingsOfTwentySlotsBookEachSlotOnce() throws Exception {
        Suite suite = Suite.get();
        ClinicFixture clinic = ClinicFixture.create(suite, "rush");
        List<UUID> patients = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            patients.add(clinic.registerPatient("Rush"));
        }
        await().atMost(Pathway.EVENTUAL).pollInterval(Duration.ofSeconds(1)).until(() ->
                Databases.patientRows(suite, "scheduling", "patient_reference", patients) == PATIENTS);

        // Slots two hours apart, so no two overlap; ten requests per slot, each from a different patient, and no
        // patient asks for two overlapping slots (only the provider and the room are contended).
        OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).truncatedTo(ChronoUnit.DAYS);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int r = 0; r < REQUESTS; r++) {
            String body = "{\"patientId\":\"" + patients.get(r % PATIENTS) + "\",\"type\":\"CONSULTATION\","
                    + "\"providerId\":\"" + clinic.providerId + "\",\"roomId\":\"" + clinic.consultationRoomId
                    + "\",\"start\":\"" + first.plusHours(2L * ((r / 10) % SLOTS)) + "\"}";
            answers.add(pool.submit(() -> {
                go.await();
                return given(suite.as(clinic.staff)).body(body).post("/v1/appointments");
            }));
        }
        go.countDown();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 409 && !List.of("provider-double-booked", "room-double-booked")
                    .contains(response.<String>path("code"))) {
                unexpected.add(response.asString());
            }
        }
        pool.shutdown();
        assertEquals(Map.of(201, SLOTS, 409, REQUESTS - SLOTS), statuses);
        assertEquals(List.of(), unexpected, "409s that name neither the provider nor the room");

        JsonPath booked = given(suite.as(clinic.staff)).get("/v1/appointments?from=" + first.minusHours(1)
                + "&to=" + first.plusDays(2) + "&limit=100").then().statusCode(200).extract().jsonPath();
        List<String> starts = booked.getList("items.start");
        assertEquals(SLOTS, starts.size(), booked.prettify());
        assertEquals(SLOTS, new HashSet<>(starts).size(), "one appointment per slot");
        assertTrue(booked.getList("items.status").stream().allMatch("BOOKED"::equals));
    }
}
