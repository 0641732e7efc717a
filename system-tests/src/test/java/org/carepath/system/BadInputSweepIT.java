package org.carepath.system;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.carepath.platform.testing.contract.OpenApiContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every POST, PUT and PATCH of the published contract, sent bad input through the gateway: wrong JSON types,
 * missing required fields, numbers out of range, very long strings, unknown fields and enum values, malformed
 * JSON, text PostgreSQL cannot store (U+0000, unpaired surrogates), keys given twice, bytes that are not UTF-8, bodies
 * over the size limit, wrong Content-Types and missing bodies (see {@link BadRequests}). Each answer must be a 4xx
 * application/problem+json whose {@code status} is the HTTP status (never a 5xx, which is always a bug, nor a 2xx,
 * which accepted it) and whose {@code requestId} is the X-Request-Id header the answer carries, 413 and 415
 * included; and none of them may write anything to any service's database.
 */
class BadInputSweepIT {

    /** The databases of the suite; the gateway's holds no tables today, and is checked should it gain any. */
    static final List<String> DATABASES = List.of("intake", "scheduling", "outcomes", "gateway");
    /**
     * Tables that legitimately record refused requests, left out of the "nothing written" check:
     * audit_record (every service): ARCHITECTURE.md requires an audit record of every read or write of PHI with
     * its outcome, failed and refused ones included; AuditLog writes it in a transaction of its own, after the use
     * case rolled back, with the outcome REJECTED, DENIED or NOT_FOUND.
     * The idempotency store (idempotency_record) also keeps 4xx answers, but only for requests carrying an
     * Idempotency-Key; the sweep sends none, so it stays in the check and must not change.
     */
    static final Set<String> RECORD_REFUSALS = Set.of("audit_record");
    /** Clinics the operations are spread over: each clinic's staff share one gateway rate limit. */
    static final int CLINICS = 3;
    /**
     * Requests per minute the sweep allows itself per gateway client, below the gateway's limits
     * (gateway/src/main/resources/application.properties: staff roles 1200 a minute per clinic, patients 120), so
     * that no answer is a 429 hiding the real one.
     */
    static final int STAFF_BUDGET_PER_MINUTE = 1000;
    static final int PATIENT_BUDGET_PER_MINUTE = 100;
    static final Set<String> WRITES = Set.of("post", "put", "patch");

    /**
     * Values that make a body valid where its schema cannot say how (see BadRequests), so that each bad request
     * differs from an acceptable one in one respect only: a dose in mg (not also in mg/kg), an esketamine dose of two
     * devices, vitals, and a booking of the dosing chair for a dosing appointment.
     */
    static final Map<String, JsonNode> VALID_VALUES = Map.of(
            "PlanDose", json("{\"mg\":56}"),
            "DoseRequest", json("{\"route\":\"ESKETAMINE_INTRANASAL\",\"doseMg\":56,\"devices\":2,\"lotNumber\":\"L0T-1\","
                    + "\"concomitantMedications\":{\"benzodiazepines\":false,\"nonBenzodiazepineSedativeHypnotics\":false,"
                    + "\"psychostimulants\":false,\"maois\":false,\"opioids\":false}}"),
            "VitalsRequest", json("{\"systolic\":128,\"diastolic\":82,\"heartRate\":72,\"spo2\":98,\"respiratoryRate\":14}"),
            "BookingRequest", json("{\"type\":\"ESKETAMINE_DOSING\"}"));

    static Suite suite;
    static JsonNode contract;
    /** The same document as a judge: every refusal of the sweep must also be one the contract lists. */
    static OpenApiContract judge;
    static List<SweepClinic> clinics = new ArrayList<>();

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    final Map<String, Deque<Long>> sent = new HashMap<>();
    int rateLimitedRetries;

    @BeforeAll
    static void startTheSuiteAndCreateWhatTheOperationsActOn() throws Exception {
        suite = Suite.get();
        HttpResponse<String> published = HTTP.send(HttpRequest.newBuilder(
                URI.create(suite.gateway() + "/openapi?format=json")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, published.statusCode(), published.body());
        contract = new ObjectMapper().readTree(published.body());
        judge = OpenApiContract.of(contract);
        for (int i = 0; i < CLINICS; i++) {
            clinics.add(SweepClinic.create(suite, "sweep-" + i));
        }
    }

    @Test
    void everyWriteOperationAnswersBadInputWithA4xxProblemAndWritesNothing() throws Exception {
        TableSnapshot before = TableSnapshot.settled(suite, DATABASES, RECORD_REFUSALS, Duration.ofSeconds(2),
                Duration.ofSeconds(90));
        BadRequests badRequests = new BadRequests(contract, VALID_VALUES);
        List<String> offending = new ArrayList<>();
        List<String> neverValidated = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> tallies = new ArrayList<>();
        int requests = 0;
        int operations = 0;
        for (Map.Entry<String, JsonNode> operation : writeOperations().entrySet()) {
            String method = operation.getKey().substring(0, operation.getKey().indexOf(' '));
            String template = operation.getKey().substring(method.length() + 1);
            JsonNode definition = operation.getValue();
            SweepClinic clinic = clinics.get(operations % clinics.size());
            operations++;
            JsonNode body = definition.path("requestBody");
            JsonNode schema = body.path("content").path("application/json").path("schema");
            boolean hasBody = !schema.isMissingNode();
            String role = role(definition);
            String token = clinic.token(role);
            String client = "patient".equals(role) ? "patient:" + clinic.clinicId() : "clinic:" + clinic.clinicId();

            // With a body, real ids let the request reach the body's validation. Without one there is nothing to
            // validate, and a real id would make the request a valid action; random ids answer 404.
            String path = fill(template, clinic, hasBody);
            Map<String, String> headers = new HashMap<>();
            if (hasParameter(definition, "header", "If-Match")) {
                headers.put("If-Match", clinic.etags.getOrDefault(lastCollection(template), "\"0\""));
            }
            List<Map.Entry<String, BadRequests.Variant>> attempts = new ArrayList<>();
            (hasBody ? badRequests.forBody(schema, body.path("required").asBoolean(false), clinic.bodyIds)
                    : badRequests.forNoBody()).forEach(variant -> attempts.add(Map.entry(path, variant)));
            String notAUuid = pathWithIdNotAUuid(template, definition, path, badRequests);
            if (notAUuid != null) {
                // The body as valid as it gets: only the path is wrong.
                attempts.add(Map.entry(notAUuid, hasBody ? BadRequests.Variant.json("a path id that is not a UUID",
                        badRequests.sample(null, schema, clinic.bodyIds, 0))
                        : BadRequests.Variant.text("a path id that is not a UUID", null, null)));
            }
            Map<Integer, Integer> answers = new TreeMap<>();
            for (Map.Entry<String, BadRequests.Variant> attempt : attempts) {
                BadRequests.Variant variant = attempt.getValue();
                requests++;
                try {
                    HttpResponse<String> response = send(client, "patient".equals(role), method, attempt.getKey(),
                            token, headers, variant.contentType(), variant.body());
                    answers.merge(response.statusCode(), 1, Integer::sum);
                    check(method, template, variant, response).ifPresent(offending::add);
                    judge.violations(method, attempt.getKey().split("\\?")[0], response.statusCode(),
                            response.headers().firstValue("Content-Type").orElse(null), response.body())
                            .forEach(violation -> offending.add(violation + " [" + variant.label() + "]"));
                } catch (IOException e) {
                    answers.merge(0, 1, Integer::sum);
                    offending.add(method + " " + template + " [" + variant.label() + "]: no answer ("
                            + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                }
            }
            answers.forEach((status, count) -> statuses.merge(status, count, Integer::sum));
            tallies.add("  " + method + " " + template + " as " + role + ": " + answers);
            if (hasBody && !answers.containsKey(400)) {
                neverValidated.add(method + " " + template);
            }
        }
        TableSnapshot after = TableSnapshot.settled(suite, DATABASES, RECORD_REFUSALS, Duration.ofSeconds(2),
                Duration.ofSeconds(90));
        List<String> written = before.differences(after);

        System.out.println("Bad-input sweep: " + requests + " requests over " + operations + " operations, "
                + (offending.isEmpty() ? "all 4xx problem+json" : offending.size() + " not a 4xx problem+json")
                + " (statuses " + statuses + ", " + rateLimitedRetries + " retried after a 429)");
        System.out.println("Answers by operation (status=count):\n" + String.join("\n", tallies));
        int tried = requests;
        int swept = operations;
        assertAll(
                () -> assertTrue(swept >= 40, "the contract lists only " + swept + " write operations"),
                () -> assertEquals(List.of(), offending, offending.size() + " of " + tried
                        + " bad requests were not answered with a 4xx problem+json:\n" + String.join("\n", offending)),
                () -> assertEquals(List.of(), written, "bad requests changed these tables:\n" + String.join("\n", written)),
                () -> assertEquals(List.of(), neverValidated, "operations whose body was never validated (400):\n"
                        + String.join("\n", neverValidated)));
    }

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** The contract's POST, PUT and PATCH operations as "METHOD path", in a stable order. */
    static Map<String, JsonNode> writeOperations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        for (Map.Entry<String, JsonNode> path : contract.path("paths").properties()) {
            path.getValue().properties().forEach(entry -> {
                if (WRITES.contains(entry.getKey())) {
                    operations.put(entry.getKey().toUpperCase() + " " + path.getKey(), entry.getValue());
                }
            });
        }
        return operations;
    }

    /** A role the operation's security allows: staff roles first, the patient where only the patient may. */
    static String role(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        operation.path("security").path(0).path("bearer").forEach(role -> roles.add(role.asText()));
        return roles.stream().filter(role -> !"patient".equals(role)).findFirst()
                .orElse(roles.isEmpty() ? "clinic-staff" : roles.get(0));
    }

    /** Each {param} filled with the clinic's real resource of the collection before it, else a random UUID. */
    static String fill(String template, SweepClinic clinic, boolean realIds) {
        String[] segments = template.split("/");
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                String real = realIds ? clinic.resources.get(segments[i - 1]) : null;
                segments[i] = real != null ? real : UUID.randomUUID().toString();
            }
        }
        return String.join("/", segments);
    }

    static String lastCollection(String template) {
        String[] segments = template.split("/");
        for (int i = segments.length - 1; i > 0; i--) {
            if (segments[i].startsWith("{")) {
                return segments[i - 1];
            }
        }
        return "";
    }

    static boolean hasParameter(JsonNode operation, String in, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (in.equals(parameter.path("in").asText()) && name.equalsIgnoreCase(parameter.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The filled path with its last UUID path parameter replaced by something that is not one; null if none. */
    static String pathWithIdNotAUuid(String template, JsonNode operation, String filled, BadRequests badRequests) {
        String[] names = template.split("/");
        String[] values = filled.split("/");
        for (int i = names.length - 1; i >= 0; i--) {
            if (names[i].startsWith("{")) {
                String name = names[i].substring(1, names[i].length() - 1);
                for (JsonNode parameter : operation.path("parameters")) {
                    if ("path".equals(parameter.path("in").asText()) && name.equals(parameter.path("name").asText())
                            && "uuid".equals(badRequests.resolve(parameter.path("schema")).path("format").asText())) {
                        values[i] = "not-a-uuid";
                        return String.join("/", values);
                    }
                }
            }
        }
        return null;
    }

    /**
     * Empty when the answer is a 4xx problem+json with the matching status and request id, naming the variant's field
     * when it has one, else a line describing it.
     */
    static Optional<String> check(String method, String template, BadRequests.Variant variant,
            HttpResponse<String> response) {
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String problem = null;
        if (status < 400 || status >= 500) {
            problem = "status " + status;
        } else if (!contentType.startsWith("application/problem+json")) {
            problem = "status " + status + " with Content-Type '" + contentType + "'";
        } else {
            try {
                JsonNode body = new ObjectMapper().readTree(response.body());
                Optional<String> requestId = response.headers().firstValue("X-Request-Id");
                if (body.path("status").asInt(-1) != status) {
                    problem = "status " + status + " but the problem's status is " + body.path("status");
                } else if (requestId.isEmpty()) {
                    problem = "status " + status + " without an X-Request-Id header";
                } else if (!requestId.get().equals(body.path("requestId").asText())) {
                    problem = "status " + status + " whose problem's requestId " + body.path("requestId")
                            + " is not the X-Request-Id header";
                } else if (variant.field() != null && (status != 400 || !names(body, variant.field()))) {
                    problem = "status " + status + " not a 400 naming " + variant.field();
                }
            } catch (IOException e) {
                problem = "status " + status + " with a problem+json body that is not JSON";
            }
        }
        if (problem == null) {
            return Optional.empty();
        }
        String excerpt = response.body().length() > 200 ? response.body().substring(0, 200) + "..." : response.body();
        return Optional.of(method + " " + template + " [" + variant.label() + "]: " + problem + " (request "
                + response.headers().firstValue("X-Request-Id").orElse("?") + "): " + excerpt.replace('\n', ' '));
    }

    static boolean names(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            if (field.equals(error.path("field").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Sends one request, within the client's budget; a 429 nonetheless is waited out and sent again. */
    HttpResponse<String> send(String client, boolean patient, String method, String path, String token,
            Map<String, String> headers, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(suite.gateway() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        for (int attempt = 1;; attempt++) {
            pace(client, patient ? PATIENT_BUDGET_PER_MINUTE : STAFF_BUDGET_PER_MINUTE);
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 429 || attempt == 3) {
                return response;
            }
            rateLimitedRetries++;
            Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
        }
    }

    /** Waits, if need be, so that the client sends at most {@code perMinute} requests in any minute. */
    void pace(String client, int perMinute) throws InterruptedException {
        Deque<Long> times = sent.computeIfAbsent(client, c -> new ArrayDeque<>());
        long minute = Duration.ofMinutes(1).toNanos();
        while (!times.isEmpty() && System.nanoTime() - times.peekFirst() > minute) {
            times.removeFirst();
        }
        if (times.size() >= perMinute) {
            Thread.sleep(Duration.ofNanos(minute - (System.nanoTime() - times.peekFirst())).toMillis() + 1);
            times.removeFirst();
        }
        times.addLast(System.nanoTime());
    }
}
