package org.carepath.gateway.journey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepath.gateway.proxy.ProblemWriter;
import org.carepath.platform.http.RequestIds;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;

/**
 * One view of a patient across the services, asked for in parallel with the caller's own token, so each service
 * applies its own roles and tenancy. A part whose service is down or fails is left out and named under
 * {@code missing}; the answer is whatever the rest could give.
 */
public final class JourneyAssembler {

    /** How the gateway reaches one upstream. */
    public record Upstream(HttpClient client, SocketAddress address, Duration timeout) {
    }

    /** A part's outcome: its status (0 when the service could not be reached) and body. */
    public record Answer(JourneyParts.Part part, int status, Object body, String failure) {
    }

    private JourneyAssembler() {
    }

    public static Future<List<Answer>> fetch(Map<String, Upstream> upstreams, List<JourneyParts.Part> parts,
            UUID patientId, String authorization, String requestId) {
        List<Future<Answer>> answers = new ArrayList<>();
        for (JourneyParts.Part part : parts) {
            Upstream upstream = upstreams.get(part.upstream());
            answers.add(get(upstream, part.uri().apply(patientId), authorization, requestId)
                    .map(response -> new Answer(part, response.status(), response.body(), null))
                    .recover(failure -> Future.succeededFuture(new Answer(part, 0, null,
                            ProblemWriter.timedOut(failure) ? "timeout" : "unavailable"))));
        }
        return Future.join(answers).map(all -> answers.stream().map(Future::result).toList());
    }

    /**
     * The journey document: each part by name (omitted when absent, as every answer of the API omits an absent
     * value) and the parts that are missing, with why.
     */
    public static JsonObject document(UUID patientId, List<Answer> answers) {
        JsonObject journey = new JsonObject().put("patientId", patientId.toString());
        JsonArray missing = new JsonArray();
        for (Answer answer : answers) {
            boolean ok = answer.status() >= 200 && answer.status() < 300;
            if (ok && answer.body() != null) {
                journey.put(answer.part().name(), answer.body());
            }
            // Not found is an answer (no eligibility decided yet); anything else means the part is unknown.
            if (!ok && answer.status() != 404) {
                missing.add(new JsonObject().put("part", answer.part().name()).put("service", answer.part().upstream())
                        .put("reason", answer.failure() != null ? answer.failure() : "status-" + answer.status()));
            }
        }
        return journey.put("missing", missing);
    }

    private record Response(int status, Object body) {
    }

    private static Future<Response> get(Upstream upstream, String uri, String authorization, String requestId) {
        RequestOptions options = new RequestOptions().setServer(upstream.address()).setMethod(HttpMethod.GET)
                .setURI(uri).setIdleTimeout(upstream.timeout().toMillis())
                .putHeader(HttpHeaders.ACCEPT, "application/json")
                .putHeader(RequestIds.HEADER, requestId);
        if (authorization != null) {
            options.putHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        return upstream.client().request(options).compose(request -> request.send())
                .compose(response -> response.body().map(body -> new Response(response.statusCode(), parse(body))));
    }

    private static Object parse(Buffer body) {
        return body.length() == 0 ? null : Json.decodeValue(body);
    }
}
