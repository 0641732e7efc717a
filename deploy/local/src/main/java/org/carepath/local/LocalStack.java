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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts PostgreSQL, Kafka and the four services in dependency order and stops them in reverse. A failed
 * start stops whatever had started, so nothing is left running. The system tests also stop, kill and restart
 * single parts of a running stack (a service, the broker, the database) to see the rest cope.
 */
public final class LocalStack {

    /** Each service: its module folder, database, and the port it takes from the settings. */
    record Service(String name, String module, String database) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("intake", "intake-service", "intake"),
            new Service("scheduling", "scheduling-service", "scheduling"),
            new Service("outcomes", "outcomes-service", "outcomes"),
            new Service("gateway", "gateway", "gateway"));

    /**
     * Each service's JVM: a 256 MB heap at most, the serial collector (one or two cores), and a 64 MB heap to start
     * with. Without -Xms the JVM starts with 1/64 of the machine's memory (all 256 MB on a 16 GB machine), sizes its
     * young generation for that, and fills it before the first collection: about 50 MB more resident memory while
     * idle. The heap still grows to 256 MB under load.
     */
    public static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC");

    private static final String CLASS_DATA_ARCHIVE = "app-cds.jsa";
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration READINESS_POLL = Duration.ofMillis(500);

    private final LocalSettings settings;
    private final String classPath;
    private final List<ChildProcess> children = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Map<String, String>> properties = new ConcurrentHashMap<>();
    private LocalPostgres postgres;
    private Path publicKey;
    private Duration readinessPoll = READINESS_POLL;

    /** @param classPath where the Kafka broker's classes are (the launcher's own class path) */
    public LocalStack(LocalSettings settings, String classPath) {
        this.settings = settings;
        this.classPath = classPath;
    }

    /**
     * System properties a service starts with (before {@link #start()}), on top of the launcher's own; the
     * benchmarks lift the gateway's rate limits with this.
     */
    public LocalStack configure(String service, Map<String, String> properties) {
        this.properties.put(service, Map.copyOf(properties));
        return this;
    }

    /**
     * How often a starting service's readiness is asked (500 ms by default); the benchmarks ask more often so that
     * a measured start-up is not rounded up to the next poll.
     */
    public LocalStack pollReadinessEvery(Duration poll) {
        this.readinessPoll = poll;
        return this;
    }

    public void start() throws Exception {
        Files.createDirectories(settings.logs());
        for (Service service : SERVICES) {
            Path jar = runnableJar(service);
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build first with ./mvnw install -DskipTests");
            }
        }
        publicKey = new LocalKeys(settings.keys()).ensure();
        startPostgres();
        children.add(LocalKafka.start(settings, classPath));
        List<ChildProcess> services = new ArrayList<>();
        for (Service service : SERVICES) {
            services.add(launch(service));
        }
        for (int i = 0; i < SERVICES.size(); i++) {
            services.get(i).awaitHttpOk(URI.create(url(SERVICES.get(i)) + "/q/health/ready"), HEALTH_TIMEOUT,
                    readinessPoll);
        }
    }

    /** Stops one part ("kafka" or a service name): SIGTERM, or SIGKILL when {@code kill} (nothing is flushed). */
    public void stop(String name, boolean kill) throws InterruptedException {
        ChildProcess child = child(name);
        if (kill) {
            child.kill();
        } else {
            child.stop(Duration.ofSeconds(30));
        }
        children.remove(child);
    }

    /** Starts a stopped part again ("kafka" or a service name), with the properties it had, and waits until ready. */
    public void restart(String name) throws Exception {
        restart(name, properties.getOrDefault(name, Map.of()));
    }

    /**
     * Starts a stopped service again with these system properties (e.g. {@code carepath.clock.offset}), which
     * it keeps until restarted with others.
     */
    public void restart(String name, Map<String, String> properties) throws Exception {
        this.properties.put(name, Map.copyOf(properties));
        if (children.stream().anyMatch(child -> child.name().equals(name))) {
            throw new IllegalStateException(name + " is running");
        }
        if (name.equals("kafka")) {
            children.add(LocalKafka.start(settings, classPath));
            return;
        }
        Service service = SERVICES.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part called " + name));
        launch(service).awaitHttpOk(URI.create(url(service) + "/q/health/ready"), HEALTH_TIMEOUT, readinessPoll);
    }

    /** Stops PostgreSQL under the running services, waits, and starts it again on the same data and port. */
    public void restartPostgres(Duration down) throws Exception {
        postgres.close();
        postgres = null;
        Thread.sleep(down.toMillis());
        startPostgres();
    }

    /** Services first (they flush their work), then Kafka, then PostgreSQL. */
    public void stop() {
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

    /**
     * The operating-system process id of a running part ("kafka", a service name, or "postgres" for PostgreSQL's
     * postmaster, whose backends are its children), for measuring its memory.
     */
    public long pid(String name) throws IOException {
        if (name.equals("postgres")) {
            if (postgres == null) {
                throw new IllegalArgumentException("postgres is not running");
            }
            // The postmaster's pid is the first line of its lock file in the data directory.
            return Long.parseLong(Files.readAllLines(postgresData().resolve("postmaster.pid")).get(0).trim());
        }
        return child(name).pid();
    }

    public Map<String, String> urls() {
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

    private void startPostgres() throws Exception {
        postgres = LocalPostgres.start(postgresData(), settings.postgresPort(),
                settings.logs().resolve("postgres.log"), SERVICES.stream().map(Service::database).toList());
    }

    private Path postgresData() {
        return settings.home().resolve("postgres");
    }

    private ChildProcess launch(Service service) throws IOException {
        // From the application's own directory: the JVM uses a class-data archive only with the class path it was
        // written with, and Quarkus writes it running `java -jar quarkus-run.jar` there.
        ChildProcess process = ChildProcess.start(service.name(), command(service, publicKey),
                runnableJar(service).getParent(), settings.logs().resolve(service.name() + ".log"));
        children.add(process);
        return process;
    }

    private ChildProcess child(String name) {
        synchronized (children) {
            return children.stream().filter(child -> child.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(name + " is not running"));
        }
    }

    private String url(Service service) {
        return "http://localhost:" + port(service);
    }

    private Path runnableJar(Service service) {
        return settings.repository().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private List<String> command(Service service, Path publicKey) {
        List<String> command = new ArrayList<>(List.of(Launcher.javaExecutable()));
        command.addAll(SERVICE_JVM_OPTIONS);
        // The class-data archive the build wrote (quarkus.package.jar.appcds): the classes of the start loaded,
        // parsed and verified once at build time instead of at every start. Another JDK than the one that built it
        // logs a warning and starts as without.
        if (Files.exists(runnableJar(service).resolveSibling(CLASS_DATA_ARCHIVE))) {
            command.add("-XX:SharedArchiveFile=" + CLASS_DATA_ARCHIVE);
        }
        command.addAll(List.of(
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
        properties.getOrDefault(service.name(), Map.of()).forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(runnableJar(service).getFileName().toString());
        return command;
    }
}
