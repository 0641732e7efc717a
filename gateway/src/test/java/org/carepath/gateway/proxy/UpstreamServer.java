package org.carepath.gateway.proxy;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * A real HTTP server in the place of an upstream service, recording what the gateway forwards: it answers
 * 201 with a Location, the request's headers and its body echoed, or never answers on {@code /slow}.
 * A second upstream points at a closed port.
 */
public class UpstreamServer implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().endsWith("/slow")) {
                return;
            }
            request.body().onSuccess(body -> {
                JsonObject echo = new JsonObject()
                        .put("method", request.method().name())
                        .put("uri", request.uri())
                        .put("requestId", request.getHeader("X-Request-Id"))
                        .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                        .put("authorization", request.getHeader("Authorization"))
                        .put("body", body.toString());
                request.response().setStatusCode(201)
                        .putHeader("Location", "/v1/patients/123")
                        .putHeader("Content-Type", "application/json")
                        .putHeader("X-Upstream", "intake")
                        .end(echo.encode());
            });
        });
        try {
            server.listen(0, "localhost").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "carepath.gateway.upstreams.intake.url", "http://localhost:" + server.actualPort(),
                "carepath.gateway.upstreams.intake.timeout", "PT1S",
                "carepath.gateway.upstreams.scheduling.url", "http://localhost:" + server.actualPort(),
                "carepath.gateway.upstreams.outcomes.url", "http://localhost:1",
                "carepath.gateway.routes[3].path", "/v1/patients/{id}/outcomes",
                "carepath.gateway.routes[3].upstream", "outcomes");
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
