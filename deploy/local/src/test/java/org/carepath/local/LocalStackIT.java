package org.carepath.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's first command as a user runs it: the launcher starts the whole suite, reports it healthy,
 * carries a registration from the gateway to scheduling's read model and books it an appointment, has
 * outcomes score its first PHQ-9, stops on SIGTERM leaving no process behind, and keeps its data for the next
 * start.
 */
class LocalStackIT {

    static final Path REPOSITORY = Path.of(System.getProperty("carepath.repository", "../..")).toAbsolutePath().normalize();
    static final Path LAUNCHER = Path.of(System.getProperty("carepath.launcher.jar", "target/carepath-local-launcher.jar"));
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    final Path home = Path.of("target/it-home").toAbsolutePath();
    final Map<String, Integer> ports = new HashMap<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopLeftovers() throws InterruptedException {
        for (Process process : started) {
            if (process.isAlive()) {
                List<ProcessHandle> family = process.descendants().toList();
                process.destroy();
                process.waitFor(90, TimeUnit.SECONDS);
                family.forEach(ProcessHandle::destroyForcibly);
            }
        }
    }

    @Test
    void startsHealthyCarriesARegistrationEndToEndStopsCleanlyAndKeepsItsData() throws Exception {
        deleteRecursively(home);
        for (String name : List.of("GATEWAY", "INTAKE", "SCHEDULING", "OUTCOMES", "POSTGRES", "KAFKA", "KAFKA_CONTROLLER")) {
            ports.put(name, freePort());
        }

        Process launcher = startLauncher("first");
        for (String service : List.of("GATEWAY", "INTAKE", "SCHEDULING", "OUTCOMES")) {
            assertEquals(200, get("http://localhost:" + ports.get(service) + "/q/health/ready", null).statusCode(),
                    service + " ready");
        }

        assertEquals("on", postgresSetting("fsync"), "the local stack's PostgreSQL flushes its writes to disk");
        assertEquals("on", postgresSetting("synchronous_commit"), "and answers a commit only once it is durable");

        String token = token("clinic-staff", "it-clinic");
        String gateway = "http://localhost:" + ports.get("GATEWAY");
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(gateway + "/v1/patients"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"givenName\":\"Alex\",\"familyName\":\"Rivera\",\"dateOfBirth\":\"1984-03-09\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(gateway + "/v1/patients/"), location);
        String patientId = extract(created.body(), "\"id\":\"([0-9a-f-]{36})\"");
        assertEquals(401, get(gateway + "/v1/patients/" + patientId, null).statusCode());
        awaitSchedulingKnows(patientId);
        String appointmentId = bookConsultation(gateway, token, patientId);
        awaitOutcomesScores(gateway, token("clinician", "it-clinic"), patientId);

        List<ProcessHandle> family = launcher.descendants().toList();
        assertTrue(family.size() >= 5, "kafka, postgres and four services run under the launcher: " + family.size());
        stop(launcher);
        for (ProcessHandle process : family) {
            assertFalse(process.isAlive(), "left running: " + process.info().commandLine().orElse("pid " + process.pid()));
        }
        for (Map.Entry<String, Integer> port : ports.entrySet()) {
            assertFalse(listening(port.getValue()), port.getKey() + " port still open after stop");
        }

        Process again = startLauncher("second");
        HttpResponse<String> read = get(gateway + "/v1/patients/" + patientId, token("clinician", "it-clinic"));
        assertEquals(200, read.statusCode(), "the patient survives a restart of the stack: " + read.body());
        assertEquals(200, get(gateway + "/v1/appointments/" + appointmentId, token("clinician", "it-clinic")).statusCode(),
                "so does the appointment");
        stop(again);
    }

    private Process startLauncher(String run) throws Exception {
        Path output = home.resolve("launcher-" + run + ".out");
        Files.createDirectories(home);
        ProcessBuilder builder = new ProcessBuilder(Launcher.javaExecutable(), "-jar", LAUNCHER.toString(), "up")
                .redirectErrorStream(true).redirectOutput(output.toFile());
        environment(builder.environment());
        Process launcher = builder.start();
        started.add(launcher);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(output) ? Files.readString(output) : "";
            if (text.contains(Launcher.READY)) {
                assertTrue(text.contains("http://localhost:" + ports.get("GATEWAY")), "prints the gateway URL");
                assertTrue(text.contains("./carepath token"), "says how to get a token");
                return launcher;
            }
            if (!launcher.isAlive()) {
                throw new AssertionError("launcher exited " + launcher.exitValue() + ":\n" + text + logs());
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("launcher not ready in time:\n" + Files.readString(output) + logs());
    }

    /** Sets the clinic up in scheduling through the gateway and books the registered patient a consultation. */
    private String bookConsultation(String gateway, String token, String patientId) throws Exception {
        String allWeek = Stream.of(DayOfWeek.values())
                .map(day -> "{\"day\":\"" + day + "\",\"opens\":\"00:00\",\"closes\":\"00:00\"}")
                .collect(Collectors.joining(",", "[", "]"));
        HttpResponse<String> clinic = send("PUT", gateway + "/v1/clinics/it-clinic", token, "{\"name\":\"IT clinic\","
                + "\"timeZone\":\"Europe/Lisbon\",\"openingHours\":" + allWeek + ",\"routesOffered\":[\"IV\"],"
                + "\"remsCertified\":false}");
        assertEquals(201, clinic.statusCode(), clinic.body());
        String providerId = extract(send("POST", gateway + "/v1/providers", token, "{\"displayName\":\"Dr. Ito\","
                + "\"roles\":[\"PRESCRIBER\"],\"dutyHours\":" + allWeek + "}").body(), "\"id\":\"([0-9a-f-]{36})\"");
        String roomId = extract(send("POST", gateway + "/v1/rooms", token, "{\"name\":\"Office 1\","
                + "\"capabilities\":[\"CONSULTATION_ROOM\"]}").body(), "\"id\":\"([0-9a-f-]{36})\"");
        String start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2)
                .truncatedTo(ChronoUnit.HOURS).toString();
        HttpResponse<String> booked = send("POST", gateway + "/v1/appointments", token, "{\"patientId\":\"" + patientId
                + "\",\"type\":\"CONSULTATION\",\"providerId\":\"" + providerId + "\",\"roomId\":\"" + roomId
                + "\",\"start\":\"" + start + "\"}");
        assertEquals(201, booked.statusCode(), booked.body());
        return extract(booked.body(), "\"id\":\"([0-9a-f-]{36})\"");
    }

    /** Outcomes learns of the patient from intake's event; then a PHQ-9 through the gateway is scored. */
    private void awaitOutcomesScores(String gateway, String token, String patientId) throws Exception {
        String phq9 = "{\"patientId\":\"" + patientId + "\",\"instrument\":\"PHQ_9\",\"answers\":[2,2,1,1,1,1,1,1,0]}";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> scored = send("POST", gateway + "/v1/assessments", token, phq9);
        while (scored.statusCode() != 201 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            scored = send("POST", gateway + "/v1/assessments", token, phq9);
        }
        assertEquals(201, scored.statusCode(), scored.body());
        assertTrue(scored.body().contains("\"total\":10"), scored.body());
        HttpResponse<String> outcomes = get(gateway + "/v1/patients/" + patientId + "/outcomes", token);
        assertEquals(200, outcomes.statusCode(), outcomes.body());

        String patientToken = token("patient", "it-clinic", "--patient", patientId);
        HttpResponse<String> mine = get(gateway + "/v1/me/appointments", patientToken);
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(mine.body().contains("\"type\":\"CONSULTATION\""), "the patient app sees its appointment: " + mine.body());
        HttpResponse<String> gad7 = send("POST", gateway + "/v1/me/assessments", patientToken,
                "{\"instrument\":\"GAD_7\",\"answers\":[1,1,0,0,1,0,0]}");
        assertEquals(201, gad7.statusCode(), gad7.body());
        assertEquals(403, get(gateway + "/v1/me/outcomes", token).statusCode(), "staff tokens cannot use /v1/me");

        HttpResponse<String> journey = get(gateway + "/v1/patients/" + patientId + "/journey", token);
        assertEquals(200, journey.statusCode(), journey.body());
        assertTrue(journey.body().contains("\"givenName\":\"Alex\"") && journey.body().contains("\"CONSULTATION\"")
                && journey.body().contains("\"PHQ_9\"") && journey.body().contains("\"missing\":[]"),
                "one view across intake, scheduling and outcomes: " + journey.body());
        assertEquals(404, get(gateway + "/v1/patients/" + patientId + "/journey", token("clinician", "other-clinic"))
                .statusCode(), "another clinic's patient is not found");
    }

    private HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private void stop(Process launcher) throws InterruptedException {
        launcher.destroy();
        assertTrue(launcher.waitFor(120, TimeUnit.SECONDS), "launcher stops within two minutes of SIGTERM");
    }

    private String token(String role, String clinic, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Launcher.javaExecutable(), "-jar", LAUNCHER.toString(), "token",
                role, "--clinic", clinic));
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command);
        environment(builder.environment());
        Process process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        return token;
    }

    /** A server setting as the running stack's PostgreSQL reports it. */
    private String postgresSetting(String name) throws Exception {
        String url = "jdbc:postgresql://localhost:" + ports.get("POSTGRES") + "/scheduling";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement query = connection.prepareStatement("select current_setting(?)")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    private void awaitSchedulingKnows(String patientId) throws Exception {
        String url = "jdbc:postgresql://localhost:" + ports.get("POSTGRES") + "/scheduling";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                    PreparedStatement query = connection.prepareStatement(
                            "select clinic_id from patient_reference where patient_id = ?")) {
                query.setObject(1, UUID.fromString(patientId));
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        assertEquals("it-clinic", row.getString(1));
                        return;
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("scheduling never learned of patient " + patientId + logs());
    }

    private void environment(Map<String, String> env) {
        env.put("CAREPATH_REPOSITORY", REPOSITORY.toString());
        env.put("CAREPATH_HOME", home.toString());
        ports.forEach((name, port) -> env.put("CAREPATH_" + name + "_PORT", Integer.toString(port)));
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String logs() throws IOException {
        StringBuilder text = new StringBuilder();
        Path logs = home.resolve("logs");
        if (Files.isDirectory(logs)) {
            try (Stream<Path> files = Files.list(logs)) {
                for (Path log : files.sorted().toList()) {
                    List<String> lines = Files.readAllLines(log);
                    text.append("\n--- ").append(log.getFileName()).append(" (last 30 lines)\n");
                    lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(l -> text.append(l).append('\n'));
                }
            }
        }
        return text.toString();
    }

    private static String extract(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
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
}
