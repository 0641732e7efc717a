package org.carepath.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the local stack keeps its data and which ports it uses. Each setting is an environment variable
 * with a default, so two stacks (or a test) can run side by side.
 */
public record LocalSettings(Path repository, Path home, int gatewayPort, int intakePort, int schedulingPort,
        int outcomesPort, int postgresPort, int kafkaPort, int kafkaControllerPort) {

    public static LocalSettings fromEnvironment(Map<String, String> env) {
        Path repository = Path.of(env.getOrDefault("CAREPATH_REPOSITORY", findRepository().toString()))
                .toAbsolutePath().normalize();
        Path home = Path.of(env.getOrDefault("CAREPATH_HOME", repository.resolve(".carepath/local").toString()))
                .toAbsolutePath().normalize();
        return new LocalSettings(repository, home,
                port(env, "CAREPATH_GATEWAY_PORT", 8080),
                port(env, "CAREPATH_INTAKE_PORT", 8081),
                port(env, "CAREPATH_SCHEDULING_PORT", 8082),
                port(env, "CAREPATH_OUTCOMES_PORT", 8083),
                port(env, "CAREPATH_POSTGRES_PORT", 55432),
                port(env, "CAREPATH_KAFKA_PORT", 59092),
                port(env, "CAREPATH_KAFKA_CONTROLLER_PORT", 59093));
    }

    /**
     * Settings for a throwaway stack beside any other: every port free now, data in {@code home} (emptied
     * first). The system tests and the benchmarks start their stacks with these.
     */
    public static LocalSettings onFreePorts(Path repository, Path home) throws IOException {
        deleteRecursively(home);
        Map<String, String> env = new HashMap<>();
        env.put("CAREPATH_REPOSITORY", repository.toAbsolutePath().normalize().toString());
        env.put("CAREPATH_HOME", home.toAbsolutePath().normalize().toString());
        for (String name : List.of("GATEWAY", "INTAKE", "SCHEDULING", "OUTCOMES", "POSTGRES", "KAFKA",
                "KAFKA_CONTROLLER")) {
            env.put("CAREPATH_" + name + "_PORT", Integer.toString(freePort()));
        }
        return fromEnvironment(env);
    }

    public Path keys() {
        return home.resolve("keys");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public String kafkaBootstrap() {
        return "localhost:" + kafkaPort;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }

    /** A connection to one service's database as the local superuser (tests and benchmarks only). */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), LocalPostgres.USER, LocalPostgres.PASSWORD);
    }

    /** The repository root: the folder holding mvnw, found upwards from the launcher's jar. */
    private static Path findRepository() {
        try {
            Path here = Path.of(LocalSettings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = here; dir != null; dir = dir.getParent()) {
                if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("deploy/local"))) {
                    return dir;
                }
            }
        } catch (Exception e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
        }
    }
}
