package org.carepath.platform.testing.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.carepath.platform.testing.BuildRecords;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The contract each server under test publishes, read from the server itself: a service's own {@code /q/openapi}
 * (the committed merged contract is exactly their union, which the gateway's MergedContractTest proves), or the
 * gateway's merged {@code /openapi} when the server describes no operation of its own.
 */
final class Contracts {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, OpenApiContract> BY_SERVER = new ConcurrentHashMap<>();
    private static final AtomicLong VALIDATED = new AtomicLong();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Contracts::report, "contract-report"));
    }

    private Contracts() {
    }

    /** Health, metrics, the documents and Swagger UI are the platform's, not operations of the contract. */
    static boolean isOperational(String rawPath) {
        return rawPath.startsWith("/q/") || rawPath.equals("/openapi") || rawPath.startsWith("/swagger-ui");
    }

    static OpenApiContract servedBy(URI request) {
        String server = request.getScheme() + "://" + request.getRawAuthority();
        // A test that restarts an application on the same port gets the same document: it is built from the code.
        return BY_SERVER.computeIfAbsent(server, Contracts::read);
    }

    static void countValidated() {
        VALIDATED.incrementAndGet();
    }

    private static OpenApiContract read(String server) {
        OpenApiContract own = OpenApiContract.of(fetch(server + "/q/openapi?format=json"));
        return own.hasPaths() ? own : OpenApiContract.of(fetch(server + "/openapi?format=json"));
    }

    private static JsonNode fetch(String url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Lists what broke the contract in {@code target/contract-violations.log}, all of a run in one place. */
    static synchronized void recordViolations(List<String> violations) {
        BuildRecords.append("contract-violations.log", String.join("\n", violations) + "\n");
    }

    /** Adds this JVM's count to {@code target/contract-validation.log}, for the build's record of what it checked. */
    private static void report() {
        if (VALIDATED.get() == 0) {
            return;
        }
        BuildRecords.append("contract-validation.log",
                "responses validated against the contract: " + VALIDATED.get() + "\n");
    }
}
