package org.carepath.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.carepath.platform.http.RequestIds;

/** Builds problem+json responses; the one place their shape is decided. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String code, String detail, String instance,
            List<Problem.FieldError> errors) {
        Problem body = Problem.of(type, code, detail, instance, RequestIds.current().orElse(null), errors);
        Response.ResponseBuilder response = Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body);
        if (type == ProblemType.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    public static Response of(ProblemException problem, String instance) {
        return of(problem.type(), problem.code(), problem.getMessage(), instance, problem.errors());
    }
}
