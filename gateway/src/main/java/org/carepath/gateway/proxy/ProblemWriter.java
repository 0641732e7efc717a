package org.carepath.gateway.proxy;

import java.util.concurrent.TimeoutException;

import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;

/** Problem+json bodies for answers the gateway gives itself, outside JAX-RS. */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    /**
     * Whether an upstream call failed by waiting too long (504, "timeout") rather than by not connecting (503).
     * Vert.x reports idle and connect timeouts with several exception types, all named so.
     */
    public static boolean timedOut(Throwable failure) {
        return failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout");
    }

    static Buffer body(ObjectMapper mapper, ProblemType type, String code, String detail, String instance,
            String requestId) {
        try {
            return Buffer.buffer(mapper.writeValueAsBytes(Problem.of(type, code, detail, instance, requestId, null)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
