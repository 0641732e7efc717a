package org.carepath.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.problem.ProblemResponses;
import org.carepath.platform.problem.ProblemType;
import org.carepath.platform.security.CallerContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code Idempotency-Key} on POST: the first request with a key runs and its answer is stored; a retry with
 * the same key and body gets that answer again without running; the same key with another body is 422.
 * Keys are scoped to the caller's clinic (and patient, for patient tokens), not to one token, so a client
 * that retries with a freshly minted token still gets its replay, and two clinics cannot collide.
 * A write's answer is stored in the write's own transaction (by the audited use case, see
 * {@link org.carepath.platform.audit.AuditInterceptor}); this filter stores only what that did not: a refusal.
 * A 5xx is not stored: nothing was written, and the retry runs afresh.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** Visible ASCII, as the contract states it. */
    public static final String KEY_PATTERN = "^[\\x21-\\x7E]+$";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Inject
    IdempotencyStore store;

    @Inject
    IdempotentRequest idempotent;

    @Inject
    CallerContext caller;

    @Inject
    ObjectMapper mapper;

    @ServerRequestFilter
    public Response reserve(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod()) || !caller.isAuthenticated()) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        if (!KEY.matcher(key).matches()) {
            return ProblemResponses.of(ProblemException.invalidField(HEADER,
                    "must be 1 to 255 visible ASCII characters"), path);
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String scope = caller.clinicId().orElse("-") + "|" + caller.patientId().map(Object::toString).orElse("staff");
        String requestHash = hash(request.getMethod(), path, body);
        Optional<IdempotencyStore.Recorded> recorded = store.find(scope, key);
        if (recorded.isEmpty()) {
            idempotent.begin(scope, key, requestHash);
            return null;
        }
        if (!requestHash.equals(recorded.get().requestHash())) {
            return ProblemResponses.of(ProblemType.UNPROCESSABLE, "idempotency-key-reused",
                    "This Idempotency-Key was used with a different request", path, null);
        }
        return replay(recorded.get().response());
    }

    @ServerResponseFilter
    public void remember(ContainerResponseContext response) throws JsonProcessingException {
        if (!idempotent.pending() || response.getStatus() >= 500) {
            return;
        }
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : mapper.writeValueAsString(entity);
        idempotent.recorded();
        store.recordAlone(idempotent.scope(), idempotent.key(), idempotent.requestHash(),
                new StoredResponse(response.getStatus(),
                        response.getMediaType() == null ? null : response.getMediaType().toString(),
                        response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG), body));
    }
    private static Response replay(StoredResponse stored) {
        Response.ResponseBuilder response = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.body() != null) {
            response.entity(stored.body()).type(stored.contentType());
        }
        if (stored.location() != null) {
            response.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            response.header(HttpHeaders.ETAG, stored.etag());
        }
        return response.build();
    }

    private static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
