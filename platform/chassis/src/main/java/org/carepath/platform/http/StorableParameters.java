package org.carepath.platform.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path and query parameters reach the database as search values or stored text, so they follow the body's rule
 * (see StorableText): a {@code %00} is a 400 naming the parameter, not a 500 from PostgreSQL.
 */
public class StorableParameters {

    @ServerRequestFilter
    public void refuseUnstorable(ContainerRequestContext request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        collect(request.getUriInfo().getPathParameters(), errors);
        collect(request.getUriInfo().getQueryParameters(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<Problem.FieldError> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            parameter.getValue().stream().map(StorableText::refusal).flatMap(Optional::stream).findFirst()
                    .ifPresent(refusal -> errors.add(new Problem.FieldError(parameter.getKey(), refusal)));
        }
    }
}
