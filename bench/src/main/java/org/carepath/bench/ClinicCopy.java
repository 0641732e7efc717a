package org.carepath.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.postgresql.PGConnection;

/**
 * A service's schema in a database of its own on the embedded server, made from the chassis's and the service's
 * Flyway migrations, with copies of one clinic's rows: pgbench works on it, so its writes never reach the running
 * services or the broker. A script names rows by number, so copied ids can be renumbered: row n's id is n in hex.
 * Dropped on close.
 */
final class ClinicCopy implements AutoCloseable {

    private static final String PLATFORM_MIGRATIONS = "platform/chassis/src/main/resources/db/platform";

    final String database;
    private final BenchContext bench;
    private final String service;

    private ClinicCopy(BenchContext bench, String database, String service) {
        this.bench = bench;
        this.database = database;
        this.service = service;
    }

    /** An empty copy of {@code service}'s schema ("scheduling", "outcomes") named {@code database}. */
    static ClinicCopy create(BenchContext bench, String database, String service) throws Exception {
        try (Connection server = bench.database("postgres"); Statement statement = server.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
        ClinicCopy copy = new ClinicCopy(bench, database, service);
        copy.migrate(List.of(PLATFORM_MIGRATIONS, service + "-service/src/main/resources/db/migration"));
        return copy;
    }

    /** Copies the clinic's rows of each table from the service's database, in this order (references first). */
    ClinicCopy rows(String clinicId, String... tables) throws SQLException, IOException {
        try (Connection from = bench.database(service); Connection to = bench.database(database)) {
            for (String table : tables) {
                ByteArrayOutputStream rows = new ByteArrayOutputStream();
                from.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select * from " + table
                        + " where clinic_id = '" + clinicId.replace("'", "''") + "') to stdout", rows);
                to.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin",
                        new ByteArrayInputStream(rows.toByteArray()));
            }
        }
        return this;
    }

    /**
     * Renumbers the values of {@code column} (ids) in the tables 1..n in hex, in the order of the first table's
     * values, the same value getting the same number in every table. Returns n.
     */
    int number(String column, String... tables) throws SQLException {
        try (Connection copy = bench.database(database); Statement statement = copy.createStatement()) {
            statement.execute("create temporary table numbering as select old, row_number() over (order by old) as n"
                    + " from (select distinct " + column + " as old from " + tables[0] + ") ids");
            for (String table : tables) {
                statement.execute("update " + table + " t set " + column + " = cast(lpad(to_hex(numbering.n), 32, '0')"
                        + " as uuid) from numbering where t." + column + " = numbering.old");
            }
            try (ResultSet count = statement.executeQuery("select count(*) from numbering")) {
                count.next();
                return count.getInt(1);
            }
        }
    }

    /** Runs a statement in the copy: a sequence a script draws from, {@code analyze}. */
    ClinicCopy execute(String sql) throws SQLException {
        try (Connection copy = bench.database(database); Statement statement = copy.createStatement()) {
            statement.execute(sql);
        }
        return this;
    }

    @Override
    public void close() throws SQLException {
        try (Connection server = bench.database("postgres"); Statement statement = server.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        }
    }

    /** The chassis's tables, then the service's, as Flyway applies them at the service's start. */
    private void migrate(List<String> folders) throws IOException, SQLException {
        List<Path> files = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> listed = Files.list(bench.settings().repository().resolve(folder))) {
                listed.filter(f -> f.getFileName().toString().matches("V[0-9_]+__.*\\.sql"))
                        .sorted((a, b) -> Double.compare(version(a), version(b))).forEach(files::add);
            }
        }
        try (Connection copy = bench.database(database); Statement statement = copy.createStatement()) {
            for (Path file : files) {
                statement.execute(Files.readString(file));
            }
        }
    }

    private static double version(Path migration) {
        String name = migration.getFileName().toString();
        return Double.parseDouble(name.substring(1, name.indexOf("__")).replaceFirst("_", "."));
    }
}
