package org.carepath.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A clinic set up through the gateway for a benchmark: open around the clock, with providers who prescribe and
 * monitor, a consultation room per provider, and registered patients that scheduling already knows.
 */
final class BenchClinic {

    static final String ALL_WEEK = "[" + String.join(",", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
            "FRIDAY", "SATURDAY", "SUNDAY").stream()
            .map(day -> "{\"day\":\"" + day + "\",\"opens\":\"00:00\",\"closes\":\"00:00\"}").toList()) + "]";

    final String id;
    final String staff;
    final List<String> providers = new ArrayList<>();
    final List<String> rooms = new ArrayList<>();
    final List<UUID> patients = Collections.synchronizedList(new ArrayList<>());
    /** Where {@link #consultationAt} starts its sequence: a whole hour a day from now. */
    final OffsetDateTime firstSlot = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).plusDays(1);

    private BenchClinic(String id, String staff) {
        this.id = id;
        this.staff = staff;
    }

    static BenchClinic create(BenchContext bench, String name, int providers, int patients) throws Exception {
        String id = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        BenchClinic clinic = new BenchClinic(id, bench.token("clinic-staff", id));
        Http http = bench.http();
        String gateway = bench.gateway();
        http.put(gateway + "/v1/clinics/" + id, clinic.staff, "{\"name\":\"" + id + "\",\"timeZone\":\"Etc/UTC\","
                + "\"openingHours\":" + ALL_WEEK + ",\"routesOffered\":[\"IV\",\"ESKETAMINE_INTRANASAL\"],"
                + "\"remsCertified\":true,\"remsSettingId\":\"RS-" + id + "\"}").expect(201);
        for (int i = 0; i < providers; i++) {
            clinic.providers.add(http.post(gateway + "/v1/providers", clinic.staff, "{\"displayName\":\"Dr. " + i
                    + "\",\"roles\":[\"PRESCRIBER\",\"MONITORING_CLINICIAN\"],\"dutyHours\":" + ALL_WEEK + "}")
                    .expect(201).json().get("id").asText());
            clinic.rooms.add(http.post(gateway + "/v1/rooms", clinic.staff, "{\"name\":\"Office " + i
                    + "\",\"capabilities\":[\"CONSULTATION_ROOM\"]}").expect(201).json().get("id").asText());
        }
        clinic.register(bench, patients);
        return clinic;
    }

    /** Registers patients at intake, eight at a time, and waits until scheduling's read model has them all. */
    void register(BenchContext bench, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<UUID>> registered = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            registered.add(pool.submit(() -> UUID.fromString(registration(bench).expect(201).json().get("id").asText())));
        }
        for (Future<UUID> patient : registered) {
            patients.add(patient.get());
        }
        pool.shutdown();
        awaitKnown(bench, "scheduling", "patient_reference", patients.size());
    }

    /** Registers one patient at intake through the gateway; the answer is 201 with the patient. */
    Http.Answer registration(BenchContext bench) throws Exception {
        return bench.http().post(bench.gateway() + "/v1/patients", staff, Http.json(Map.of("givenName", "Bench",
                "familyName", "Patient", "dateOfBirth", "1984-03-09")));
    }

    /**
     * The n-th consultation of a sequence that never conflicts: provider and room {@code n % providers}, patient
     * {@code n % patients}, starting {@code (n / providers) * spacing} after {@link #firstSlot}. With at least as many
     * patients as providers, a patient's consultations fall in different slots, so none overlap.
     */
    String consultationAt(long n, Duration spacing) {
        if (patients.size() < providers.size()) {
            throw new IllegalStateException("a conflict-free sequence needs at least as many patients as providers");
        }
        int provider = (int) (n % providers.size());
        OffsetDateTime start = firstSlot.plus(spacing.multipliedBy(n / providers.size()));
        return consultation(patients.get((int) (n % patients.size())), providers.get(provider), rooms.get(provider),
                start);
    }

    /** Books consultations {@code from} .. {@code from + count - 1} of that sequence with {@code clients} in parallel. */
    void book(BenchContext bench, long from, int count, Duration spacing, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> booked = new ArrayList<>();
        for (long n = from; n < from + count; n++) {
            long each = n;
            booked.add(pool.submit(() -> bench.http().post(bench.gateway() + "/v1/appointments", staff,
                    consultationAt(each, spacing)).expect(201)));
        }
        try {
            for (Future<?> booking : booked) {
                booking.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits until outcomes' read model has every registered patient, before assessments are recorded for them. */
    void awaitKnownToOutcomes(BenchContext bench) throws Exception {
        awaitKnown(bench, "outcomes", "patient_profile", patients.size());
    }

    /** A consultation booking's body. */
    String consultation(UUID patient, String provider, String room, OffsetDateTime start) {
        return "{\"patientId\":\"" + patient + "\",\"type\":\"CONSULTATION\",\"providerId\":\"" + provider
                + "\",\"roomId\":\"" + room + "\",\"start\":\"" + start + "\"}";
    }

    /** Waits until a service's read model of patients ({@code table} in its database) holds this clinic's patients. */
    void awaitKnown(BenchContext bench, String database, String table, int expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        try (Connection connection = bench.database(database); PreparedStatement count = connection
                .prepareStatement("select count(*) from " + table + " where clinic_id = ?")) {
            count.setString(1, id);
            while (true) {
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    if (row.getLong(1) >= expected) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(database + " did not learn of " + expected + " patients");
                }
                Thread.sleep(200);
            }
        }
    }
}
