package org.carepath.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts PostgreSQL, Kafka and the four services in dependency order and stops them in reverse. A failed
 * start stops whatever had started, so nothing is left running.
 */
final class LocalStack {

    /** Each service: its module folder, database, and the port it takes from the settings. */
    record Service(String name, String module, String database) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("intake", "intake-service", "intake"),
            new Service("scheduling", "scheduling-service", "scheduling"),
            new Service("outcomes", "outcomes-service", "outcomes"),
            new Service("gateway", "gateway", "gateway"));

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(240);

    private final LocalSettings settings;
    private final String classPath;
    private final List<ChildProcess> children = Collections.synchronizedList(new ArrayList<>());
    private LocalPostgres postgres;

    LocalStack(LocalSettings settings, String classPath) {
        this.settings = settings;
        this.classPath = classPath;
    }

    void start() throws Exception {
        Files.createDirectories(settings.logs());
        for (Service service : SERVICES) {
            Path jar = runnableJar(service);
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build first with ./mvnw install -DskipTests");
            }
        }
        Path publicKey = new LocalKeys(settings.keys()).ensure();
        postgres = LocalPostgres.start(settings.home().resolve("postgres"), settings.postgresPort(),
                settings.logs().resolve("postgres.log"), SERVICES.stream().map(Service::database).toList());
        children.add(LocalKafka.start(settings, classPath));
        List<ChildProcess> services = new ArrayList<>();
        for (Service service : SERVICES) {
            ChildProcess process = ChildProcess.start(service.name(), command(service, publicKey),
                    settings.repository(), settings.logs().resolve(service.name() + ".log"));
            children.add(process);
            services.add(process);
        }
        for (int i = 0; i < SERVICES.size(); i++) {
            services.get(i).awaitHttpOk(URI.create(url(SERVICES.get(i)) + "/q/health/ready"), HEALTH_TIMEOUT);
        }
    }

    /** Services first (they flush their work), then Kafka, then PostgreSQL. */
    void stop() {
        List<ChildProcess> reversed = new ArrayList<>(children);
        Collections.reverse(reversed);
        for (ChildProcess child : reversed) {
            try {
                child.stop(Duration.ofSeconds(child.name().equals("kafka") ? 30 : 20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        children.clear();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Stopping PostgreSQL failed: " + e.getMessage());
            }
            postgres = null;
        }
    }

    Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        for (Service service : SERVICES) {
            urls.put(service.name(), url(service));
        }
        return urls;
    }

    int port(Service service) {
        return switch (service.name()) {
            case "intake" -> settings.intakePort();
            case "scheduling" -> settings.schedulingPort();
            case "outcomes" -> settings.outcomesPort();
            default -> settings.gatewayPort();
        };
    }

    private String url(Service service) {
        return "http://localhost:" + port(service);
    }

    private Path runnableJar(Service service) {
        return settings.repository().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private List<String> command(Service service, Path publicKey) {
        List<String> command = new ArrayList<>(List.of(Launcher.javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + port(service),
                "-Dquarkus.datasource.jdbc.url=" + settings.jdbcUrl(service.database()),
                "-Dquarkus.datasource.username=" + LocalPostgres.USER,
                "-Dquarkus.datasource.password=" + LocalPostgres.PASSWORD,
                "-Dkafka.bootstrap.servers=" + settings.kafkaBootstrap(),
                "-Dmp.jwt.verify.publickey.location=" + publicKey.toUri(),
                "-Dmp.jwt.verify.issuer=" + LocalKeys.ISSUER));
        if (service.name().equals("gateway")) {
            for (Service upstream : SERVICES) {
                if (!upstream.name().equals("gateway")) {
                    command.add("-Dcarepath.gateway.upstreams." + upstream.name() + ".url=" + url(upstream));
                }
            }
        }
        command.add("-jar");
        command.add(runnableJar(service).toString());
        return command;
    }
}
