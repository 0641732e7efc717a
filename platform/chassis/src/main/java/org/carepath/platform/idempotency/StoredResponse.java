package org.carepath.platform.idempotency;

import java.lang.reflect.Method;
import java.net.URI;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a completed request answered, kept so that a retry with the same key gets the same answer. */
public record StoredResponse(int status, String contentType, String location, String etag, String body) {

    /**
     * The answer a resource method's result becomes: a {@link Response} or {@link RestResponse} as built, any
     * other value as a 200 of the method's media type (JSON unless it says otherwise), nothing as a 204.
     */
    public static StoredResponse of(Object result, Method method, ObjectMapper json) throws JsonProcessingException {
        if (result instanceof Response response) {
            return of(response.getStatus(), response.getMediaType(), response.getLocation(),
                    response.getHeaderString(HttpHeaders.ETAG), response.getEntity(), method, json);
        }
        if (result instanceof RestResponse<?> response) {
            return of(response.getStatus(), response.getMediaType(), response.getLocation(),
                    response.getHeaderString(HttpHeaders.ETAG), response.getEntity(), method, json);
        }
        return of(result == null ? 204 : 200, null, null, null, result, method, json);
    }

    private static StoredResponse of(int status, MediaType type, URI location, String etag, Object entity,
            Method method, ObjectMapper json) throws JsonProcessingException {
        if (entity == null) {
            return new StoredResponse(status, null, location == null ? null : location.toString(), etag, null);
        }
        String body = entity instanceof String text ? text : json.writeValueAsString(entity);
        String contentType = type != null ? type.toString() : declaredType(method);
        return new StoredResponse(status, contentType, location == null ? null : location.toString(), etag, body);
    }

    private static String declaredType(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces != null && produces.value().length > 0 ? produces.value()[0].split(",")[0].trim()
                : MediaType.APPLICATION_JSON;
    }
}
