package org.carepath.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.postgresql.PGConnection;

/**
 * The database ceiling of booking: the statements scheduling-service runs for one booking
 * ({@code pgbench/booking.sql}), run by pgbench straight against the embedded PostgreSQL. They run on a copy of the
 * benchmark clinic in a database of its own, made from scheduling's migrations, so that pgbench's appointments and
 * outbox rows never reach the running services or the broker.
 */
final class BookingCeiling implements AutoCloseable {

    static final String DATABASE = "booking_ceiling";
    /** PostgreSQL compiles nothing for statements this cheap, so 10 s of warm-up only has to fill its caches. */
    static final Duration PGBENCH_WARMUP = Duration.ofSeconds(10);
    private static final String SCRIPT = "pgbench/booking.sql";
    private static final List<String> MIGRATIONS = List.of("platform/chassis/src/main/resources/db/platform",
            "scheduling-service/src/main/resources/db/migration");

    private final BenchContext bench;
    private final Pgbench pgbench;
    private final Path script;
    private final Map<String, String> variables;

    private BookingCeiling(BenchContext bench, Pgbench pgbench, Path script, Map<String, String> variables) {
        this.bench = bench;
        this.pgbench = pgbench;
        this.script = script;
        this.variables = variables;
    }

    /** Creates the copy: scheduling's schema, the clinic's row, its providers, rooms and patients renumbered. */
    static BookingCeiling prepare(BenchContext bench, BenchClinic clinic) throws Exception {
        Pgbench pgbench = Pgbench.find(bench.settings());
        try (Connection server = bench.database("postgres"); Statement statement = server.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        }
        try (Connection copy = bench.database(DATABASE); Connection scheduling = bench.database("scheduling")) {
            migrate(copy, bench.settings().repository());
            for (String table : List.of("clinic", "provider", "room", "patient_reference")) {
                copyRows(scheduling, copy, table, clinic.id);
            }
            number(copy, "provider", "id");
            number(copy, "room", "id");
            number(copy, "patient_reference", "patient_id");
            try (Statement statement = copy.createStatement()) {
                statement.execute("analyze");
            }
        }
        Path script = Files.createTempFile("booking-", ".pgbench.sql");
        try (InputStream resource = BookingCeiling.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            Files.write(script, resource.readAllBytes());
        }
        String actor = "local-clinic-staff-0bench00";
        // AppointmentBooked as the service writes it; only its size and shape matter to the database.
        Map<String, String> event = new LinkedHashMap<>();
        event.put("appointmentId", UUID.randomUUID().toString());
        event.put("patientId", clinic.patients.get(0).toString());
        event.put("clinicId", clinic.id);
        event.put("type", "CONSULTATION");
        event.put("providerId", clinic.providers.get(0));
        event.put("roomId", clinic.rooms.get(0));
        event.put("start", "2030-01-07T14:00:00Z");
        event.put("end", "2030-01-07T15:00:00Z");
        event.put("status", "BOOKED");
        event.put("actor", actor);
        event.put("at", "2030-01-06T14:07:13.074267564Z");
        return new BookingCeiling(bench, pgbench, script, Map.of("clinic", clinic.id, "actor", actor,
                "payload", Http.json(event), "providers", Integer.toString(clinic.providers.size()),
                "patients", Integer.toString(clinic.patients.size())));
    }

    /** Bookings per second pgbench reaches with {@code clients} connections, after a warm-up run of its own. */
    double bookingsPerSecond(int clients) throws IOException, InterruptedException {
        Duration warmup = bench.scale().warmup().compareTo(PGBENCH_WARMUP) < 0 ? bench.scale().warmup()
                : PGBENCH_WARMUP;
        pgbench.tps(DATABASE, script, clients, warmup, variables);
        return pgbench.tps(DATABASE, script, clients, bench.scale().measure(), variables);
    }

    String version() throws IOException, InterruptedException {
        return pgbench.version();
    }

    @Override
    public void close() throws Exception {
        Files.deleteIfExists(script);
        try (Connection server = bench.database("postgres"); Statement statement = server.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    /** The chassis's tables, then scheduling's, as Flyway applies them at the service's start. */
    private static void migrate(Connection copy, Path repository) throws IOException, SQLException {
        List<Path> files = new ArrayList<>();
        for (String folder : MIGRATIONS) {
            try (Stream<Path> listed = Files.list(repository.resolve(folder))) {
                listed.filter(f -> f.getFileName().toString().matches("V[0-9_]+__.*\\.sql"))
                        .sorted((a, b) -> Double.compare(version(a), version(b))).forEach(files::add);
            }
        }
        try (Statement statement = copy.createStatement()) {
            for (Path file : files) {
                statement.execute(Files.readString(file));
            }
        }
    }

    private static double version(Path migration) {
        String name = migration.getFileName().toString();
        return Double.parseDouble(name.substring(1, name.indexOf("__")).replaceFirst("_", "."));
    }

    private static void copyRows(Connection from, Connection to, String table, String clinicId)
            throws SQLException, IOException {
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        from.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select * from " + table
                + " where clinic_id = '" + clinicId.replace("'", "''") + "') to stdout", rows);
        to.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin",
                new ByteArrayInputStream(rows.toByteArray()));
    }

    /** Ids 1..n in hex, in the order of the original ids, so the script can name a row by its number. */
    private static void number(Connection copy, String table, String id) throws SQLException {
        try (Statement statement = copy.createStatement()) {
            statement.execute("update " + table + " t set " + id + " = cast(lpad(to_hex(n.rank), 32, '0') as uuid)"
                    + " from (select " + id + " as old, row_number() over (order by " + id + ") as rank from " + table
                    + ") n where t." + id + " = n.old");
        }
    }
}
