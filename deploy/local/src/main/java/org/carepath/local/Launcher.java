package org.carepath.local;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack in one command. {@code up} starts embedded PostgreSQL, a Kafka broker and the four
 * services, waits until all are healthy, prints where they are, and on Ctrl-C or SIGTERM stops them all.
 * {@code token ROLE} prints a token signed by the stack's local key.
 */
public final class Launcher {

    /** Printed once everything is healthy; scripts and tests wait for it. */
    static final String READY = "CarePath is ready.";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        // Embedded PostgreSQL and the Kafka tooling log through SLF4J; only their warnings belong on the console.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Deque<String> arguments = new ArrayDeque<>(List.of(args));
        String command = arguments.isEmpty() ? "up" : arguments.removeFirst();
        LocalSettings settings;
        try {
            settings = LocalSettings.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        switch (command) {
            case "up" -> System.exit(up(settings));
            case "token" -> System.exit(token(settings, arguments));
            case "help", "-h", "--help" -> usage();
            default -> {
                usage();
                System.exit(2);
            }
        }
    }

    private static int up(LocalSettings settings) throws InterruptedException {
        LocalStack stack = new LocalStack(settings, ownClassPath());
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            System.out.println("Stopping CarePath...");
            stack.stop();
            System.out.println("CarePath stopped.");
            stopped.countDown();
        }, "carepath-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        System.out.println("Starting CarePath (data and logs in " + settings.home() + ")...");
        try {
            stack.start();
        } catch (Exception e) {
            System.err.println("CarePath did not start: " + e.getMessage());
            return 1;
        }
        printWelcome(settings, stack.urls());
        System.out.println(READY);
        stopped.await();
        return 0;
    }

    private static void printWelcome(LocalSettings settings, Map<String, String> urls) {
        StringBuilder text = new StringBuilder("\n");
        urls.forEach((name, url) -> text.append(String.format("  %-11s %s%n", name, url)));
        // The merged contract is the gateway's /openapi; its own /q/openapi describes no operation.
        text.append(String.format("  %-11s %s%n", "OpenAPI", urls.get("gateway") + "/openapi"));
        text.append(String.format("  %-11s %s%n", "Swagger UI", urls.get("gateway") + "/swagger-ui"));
        text.append(String.format("  %-11s localhost:%d (user postgres, databases %s)%n", "PostgreSQL",
                settings.postgresPort(), String.join(", ", LocalStack.SERVICES.stream()
                        .map(LocalStack.Service::database).toList())));
        text.append(String.format("  %-11s %s%n", "Kafka", settings.kafkaBootstrap()));
        text.append(String.format("  %-11s %s%n%n", "Logs", settings.logs()));
        text.append("Get a token for a role (clinic-staff, clinician, prescriber, patient, analytics, admin):\n");
        text.append("  TOKEN=$(./carepath token clinic-staff --clinic demo-clinic)\n");
        text.append("  curl -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\\n");
        text.append("       -d '{\"givenName\":\"Alex\",\"familyName\":\"Rivera\",\"dateOfBirth\":\"1984-03-09\"}' \\\n");
        text.append("       " + urls.get("gateway") + "/v1/patients\n");
        text.append("Tokens last an hour; patient tokens also take --patient <patient id>.\n");
        text.append("Press Ctrl-C to stop everything.\n");
        System.out.println(text);
    }

    private static int token(LocalSettings settings, Deque<String> arguments) throws Exception {
        if (arguments.isEmpty()) {
            usage();
            return 2;
        }
        String role = arguments.removeFirst();
        String clinic = "demo-clinic";
        String patient = null;
        // The services refuse tokens that live longer than an hour (smallrye.jwt.time-to-live).
        Duration lifetime = Duration.ofHours(1);
        while (!arguments.isEmpty()) {
            String option = arguments.removeFirst();
            if (arguments.isEmpty()) {
                System.err.println(option + " needs a value");
                return 2;
            }
            String value = arguments.removeFirst();
            switch (option) {
                case "--clinic" -> clinic = value;
                case "--patient" -> patient = value;
                case "--minutes" -> lifetime = Duration.ofMinutes(Math.min(60, Long.parseLong(value)));
                default -> {
                    System.err.println("unknown option " + option);
                    return 2;
                }
            }
        }
        try {
            System.out.println(new LocalKeys(settings.keys()).mint(role, clinic, patient, lifetime));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    private static void usage() {
        System.out.println("""
                usage: ./carepath [up]                       start the whole suite locally (Ctrl-C stops it)
                       ./carepath token ROLE [--clinic ID] [--patient ID] [--minutes N]
                                                             print a token for ROLE (valid 60 minutes at most)
                settings (environment): CAREPATH_HOME, CAREPATH_GATEWAY_PORT (8080), CAREPATH_INTAKE_PORT (8081),
                  CAREPATH_SCHEDULING_PORT (8082), CAREPATH_OUTCOMES_PORT (8083), CAREPATH_POSTGRES_PORT (55432),
                  CAREPATH_KAFKA_PORT (59092), CAREPATH_KAFKA_CONTROLLER_PORT (59093)""");
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The launcher's jar and its lib/ folder: the Kafka broker runs from the same class path. */
    private static String ownClassPath() {
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar + File.pathSeparator + jar.getParent().resolve("lib") + File.separator + "*";
        } catch (Exception e) {
            return System.getProperty("java.class.path");
        }
    }
}
