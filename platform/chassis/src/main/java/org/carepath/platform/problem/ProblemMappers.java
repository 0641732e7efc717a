package org.carepath.platform.problem;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.carepath.platform.http.StrictJson;
import org.carepath.platform.persistence.DatabaseFailures;
import org.carepath.platform.tenancy.MissingTenantException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.hibernate.StaleStateException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into RFC 9457 problem+json. Details are written here, never copied from an
 * exception message, because those can echo request content (patient data) or internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Ahead of Quarkus' built-in Jackson and security mappers. */
    private static final int FIRST = 1;

    @ServerExceptionMapper(priority = FIRST)
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e, path(uri));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response invalidFields(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        return ProblemResponses.of(ProblemException.invalidFields(errors), path(uri));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.UNAUTHORIZED, "token-required",
                "A valid bearer token is required", path(uri), null);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.UNAUTHORIZED, "token-invalid",
                "The bearer token is invalid or expired", path(uri), null);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "role-not-allowed",
                "The token's role may not perform this operation", path(uri), null);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof StreamReadException || cause instanceof DatabindException) {
            return json((Exception) cause, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        return ProblemResponses.of(type, type.code(), type.title(), path(uri), null);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response anythingElse(Throwable e, UriInfo uri) {
        if (DatabaseFailures.isUnavailable(e)) {
            // Rolled back, nothing written: the client may retry, as it would a gateway's 503.
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return Response.fromResponse(ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE, "database-unavailable",
                    "The service cannot reach its database; nothing was changed, retry shortly", path(uri), null))
                    .header("Retry-After", "1").build();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return ProblemResponses.of(problem, path(uri));
            }
            if (cause instanceof MissingTenantException) {
                return ProblemResponses.of(ProblemType.FORBIDDEN, "clinic-required",
                        "The token carries no clinic_id for clinic data", path(uri), null);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return ProblemResponses.of(ProblemType.CONFLICT, "concurrent-modification",
                        "The resource was changed by another request; read it again and retry", path(uri), null);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                Response response = sqlState(sql.getSQLState(), uri);
                if (response != null) {
                    return response;
                }
            }
        }
        return unexpected(e, uri);
    }

    private static Response sqlState(String state, UriInfo uri) {
        return switch (state) {
            case "23505" -> ProblemResponses.of(ProblemType.CONFLICT, "already-exists",
                    "A resource with the same unique identifier already exists", path(uri), null);
            case "23P01" -> ProblemResponses.of(ProblemType.CONFLICT, "overlapping-resource",
                    "The request overlaps an existing resource", path(uri), null);
            default -> null;
        };
    }

    private static Response json(Exception e, UriInfo uri) {
        Optional<String> duplicate = StrictJson.duplicateKey(e);
        if (duplicate.isPresent()) {
            return ProblemResponses.of(ProblemType.VALIDATION, "duplicate-key", "A key is given more than once",
                    path(uri), List.of(new Problem.FieldError(duplicate.get(), "is given more than once")));
        }
        if (e instanceof StrictJson.RefusedText refused) {
            String field = pathOf(refused);
            return ProblemResponses.of(ProblemException.invalidField(field.isEmpty() ? "body" : field,
                    refused.getOriginalMessage()), path(uri));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ProblemResponses.of(ProblemType.VALIDATION, "unknown-field", "Unknown field", path(uri),
                    List.of(new Problem.FieldError(pathOf(unknown), "unknown field")));
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            JsonMappingException mapping = (JsonMappingException) e;
            String field = pathOf(mapping);
            if (!field.isEmpty()) {
                return ProblemResponses.of(ProblemType.VALIDATION, "invalid-fields", "1 invalid field", path(uri),
                        List.of(new Problem.FieldError(field, "has the wrong type or format")));
            }
        }
        JsonLocation location = e instanceof StreamReadException read ? read.getLocation()
                : e instanceof JsonMappingException mapping ? mapping.getLocation() : null;
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return ProblemResponses.of(ProblemType.MALFORMED_JSON, "malformed-json",
                "The request body is not valid JSON for this operation" + where, path(uri), null);
    }

    private static Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return ProblemResponses.of(ProblemType.INTERNAL, "internal",
                "An unexpected error occurred; quote the request id when reporting it", path(uri), null);
    }

    /** {@code create.request.address.city} becomes {@code address.city}: the field as the client sent it. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // An element of a validated list or map: its position, not the validator's "<list element>".
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    field.append('[').append(position).append(']');
                }
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        if (field.length() == 0) {
            for (Path.Node node : path) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    return node.getName();
                }
            }
            return "body";
        }
        return field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
