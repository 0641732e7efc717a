package org.carepath.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the services' databases directly, to see what happened behind the API (counts of effects, pending events). */
final class Databases {

    private Databases() {
    }

    /** The single number a query returns, e.g. a count. */
    static long number(Suite suite, String database, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(suite.jdbcUrl(database), "postgres", "postgres");
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

    /** Events a service has accepted in its outbox but not yet published. */
    static long unpublished(Suite suite, String database) {
        return number(suite, database, "select count(*) from outbox_event where sent_at is null");
    }
}
