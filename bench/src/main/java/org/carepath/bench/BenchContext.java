package org.carepath.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.carepath.local.LocalKeys;
import org.carepath.local.LocalSettings;
import org.carepath.local.LocalStack;

/** What a benchmark works with: the running stack, its addresses and databases, tokens, HTTP, sizes, the report. */
public final class BenchContext {

    private final LocalSettings settings;
    private final LocalStack stack;
    private final LocalKeys keys;
    private final Scale scale;
    private final Report report;
    private final Http http = new Http();
    private final Duration stackStartup;

    BenchContext(LocalSettings settings, LocalStack stack, Scale scale, Report report, Duration stackStartup) {
        this.stackStartup = stackStartup;
        this.settings = settings;
        this.stack = stack;
        this.keys = new LocalKeys(settings.keys());
        this.scale = scale;
        this.report = report;
    }

    public LocalSettings settings() {
        return settings;
    }

    public LocalStack stack() {
        return stack;
    }

    /** How long {@link LocalStack#start()} took: PostgreSQL, the broker and the four services, until all were ready. */
    public Duration stackStartup() {
        return stackStartup;
    }

    public Scale scale() {
        return scale;
    }

    public Report report() {
        return report;
    }

    public Http http() {
        return http;
    }

    public String gateway() {
        return stack.urls().get("gateway");
    }

    /** A service's own address ("intake", "scheduling", "outcomes"), for comparisons with the gateway. */
    public String service(String name) {
        return stack.urls().get(name);
    }

    /** A connection to one service's database, as the superuser the local stack runs with. */
    public Connection database(String name) throws SQLException {
        return settings.connect(name);
    }

    /**
     * The first row a query finds in one service's database, each column as text under its label: what the service
     * wrote, for pgbench's scripts to write the same.
     */
    public Map<String, String> row(String database, String sql, Object... parameters) throws SQLException {
        try (Connection connection = database(database); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no row in " + database + " for " + sql);
                }
                Map<String, String> columns = new LinkedHashMap<>();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    columns.put(row.getMetaData().getColumnLabel(column), row.getString(column));
                }
                return columns;
            }
        }
    }

    /**
     * A full run whose measured window saw no answer has no figures to give (a p99 of nothing would "meet" its
     * target), so it fails. At smoke scale, on a busy machine, cold services may answer nothing within the window of
     * 2 s; the harness still ran, which is all a smoke run checks.
     */
    public void requireAnswers(LoadResult result) {
        if (result.requests() == 0 && !scale.isSmoke()) {
            throw new IllegalStateException("no request was answered in the measured window: " + result);
        }
    }

    public String token(String role, String clinic) {
        return mint(role, clinic, null);
    }

    public String patientToken(String clinic, UUID patient) {
        return mint("patient", clinic, patient.toString());
    }

    private String mint(String role, String clinic, String patient) {
        try {
            return keys.mint(role, clinic, patient, Duration.ofHours(1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
