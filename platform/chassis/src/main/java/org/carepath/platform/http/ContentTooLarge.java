package org.carepath.platform.http;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} is answered 413 problem+json with its
 * X-Request-Id. Quarkus refuses it too, but with an empty body, before any JAX-RS filter or mapper could run, so
 * this check runs ahead of it (Vert.x route filters come before Quarkus' limit at order -2). It applies to the
 * services and to the gateway alike. The connection is then closed, as Quarkus does, but only once the client has
 * stopped sending or after {@link #LINGER_MILLIS}: closing while it still writes would reset the connection before
 * it read the answer (the lingering close HTTP servers use for early answers).
 */
@Singleton
public class ContentTooLarge {

    /** Higher runs earlier; anything above 2 is ahead of Quarkus' own limit. */
    private static final int PRIORITY = 10;
    /** The longest the rest of a refused body is read and dropped before the connection is closed. */
    static final long LINGER_MILLIS = 5_000;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize limit;

    @Inject
    ObjectMapper mapper;

    void register(@Observes Filters filters) {
        filters.register(this::refuseTooLarge, PRIORITY);
    }

    void refuseTooLarge(RoutingContext context) {
        if (!declaredTooLarge(context.request().getHeader(HttpHeaders.CONTENT_LENGTH))) {
            context.next();
            return;
        }
        String requestId = RequestIds.acceptOrGenerate(context.request().getHeader(RequestIds.HEADER));
        Problem problem = Problem.of(ProblemType.CONTENT_TOO_LARGE, "content-too-large",
                "The request body is larger than the " + limit.asLongValue() + " bytes accepted",
                context.request().path(), requestId, null);
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        boolean http1 = context.request().version() != HttpVersion.HTTP_2;
        if (http1) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        context.response().setStatusCode(ProblemType.CONTENT_TOO_LARGE.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId)
                .end(Buffer.buffer(body))
                .onComplete(sent -> {
                    if (http1) {
                        lingerThenClose(context);
                    }
                });
    }

    /** Once the answer is written: drops what the client still sends, then closes. */
    private static void lingerThenClose(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        long timer = context.vertx().setTimer(LINGER_MILLIS, fired -> request.connection().close());
        request.handler(dropped -> {
        }).endHandler(ended -> {
            context.vertx().cancelTimer(timer);
            request.connection().close();
        });
        request.resume();
    }

    private boolean declaredTooLarge(String contentLength) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > limit.asLongValue();
        } catch (NumberFormatException e) {
            return false; // Vert.x's HTTP codec refuses a malformed length before any route runs.
        }
    }
}
