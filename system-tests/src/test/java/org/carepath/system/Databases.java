package org.carepath.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the services' databases directly, to see what happened behind the API (counts of effects, pending events). */
final class Databases {

    private Databases() {
    }

    /** A connection to one service's database on the suite's PostgreSQL, as its superuser. */
    static Connection connect(Suite suite, String database) throws SQLException {
        return suite.connect(database);
    }

    /** The single number a query returns, e.g. a count. */
    static long number(Suite suite, String database, String sql, Object... parameters) {
        try (Connection connection = connect(suite, database);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + database + " failed", e);
        }
    }

    /** How many rows of a table (keyed by patient_id) are about these patients. */
    static long patientRows(Suite suite, String database, String table, List<UUID> patients) {
        return number(suite, database, "select count(*) from " + table + " where patient_id = any(?::uuid[])",
                patients.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")));
    }

    /** Events a service has accepted in its outbox but not yet published (none in a database without an outbox). */
    static long unpublished(Suite suite, String database) {
        boolean hasOutbox = number(suite, database,
                "select count(*) from information_schema.tables where table_name = 'outbox_event'") > 0;
        // The de-identified stream's rows wait for their release period by design (an hour by default): not late.
        return hasOutbox ? number(suite, database, "select count(*) from outbox_event where sent_at is null"
                + " and topic <> 'carepath.analytics.outcomes.v1'") : 0;
    }
}
