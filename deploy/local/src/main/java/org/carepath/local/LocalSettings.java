package org.carepath.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
