package org.carepath.platform.idempotency;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.carepath.platform.problem.ProblemException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Keys and the answers to replay. An answer is recorded in the transaction of the write it answers, so a key is
 * taken if and only if its write committed: a crash between the commit and the response leaves the answer to
 * replay, and a write that rolled back leaves the key free. A refusal (4xx) changed nothing and is recorded on
 * its own.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** A key already used within the retention period: the request it answered and the answer. */
    public record Recorded(String requestHash, StoredResponse response) {
    }

    @Inject
    EntityManager em;

    @Inject
    IdempotencyConfig config;

    public Optional<Recorded> find(String scope, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, response_status, response_content_type,"
                + " response_location, response_etag, response_body from idempotency_record"
                + " where scope = ?1 and idempotency_key = ?2 and created_at >= ?3")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, expiry()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        return Optional.of(new Recorded((String) row[0], new StoredResponse(((Number) row[1]).intValue(),
                (String) row[2], (String) row[3], (String) row[4], (String) row[5])));
    }

    /**
     * Records the answer in the caller's transaction. False when a concurrent request with the same key recorded
     * first (the insert waits for its commit): the caller must then roll back, since that request's write stands.
     */
    boolean record(String scope, String key, String requestHash, StoredResponse response) {
        OffsetDateTime now = OffsetDateTime.now();
        return em.createNativeQuery("insert into idempotency_record (scope, idempotency_key, request_hash, state,"
                + " created_at, completed_at, response_status, response_content_type, response_location, response_etag,"
                + " response_body) values (?1, ?2, ?3, 'completed', ?4, ?4, ?5, ?6, ?7, ?8, ?9)"
                // an expired record of the key is replaced; a live one wins
                + " on conflict (scope, idempotency_key) do update set request_hash = excluded.request_hash,"
                + " created_at = excluded.created_at, completed_at = excluded.completed_at,"
                + " response_status = excluded.response_status, response_content_type = excluded.response_content_type,"
                + " response_location = excluded.response_location, response_etag = excluded.response_etag,"
                + " response_body = excluded.response_body where idempotency_record.created_at < ?10")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).setParameter(4, now)
                .setParameter(5, response.status()).setParameter(6, response.contentType())
                .setParameter(7, response.location()).setParameter(8, response.etag())
                .setParameter(9, response.body()).setParameter(10, now.minus(config.retention()))
                .executeUpdate() == 1;
    }

    /**
     * Records the answer to the request's key in the current transaction. When a concurrent request with the same
     * key committed first, that request's write stands and this one must not: it is refused, which rolls it back,
     * and its retry gets the other's answer.
     */
    public void recordWithin(IdempotentRequest request, StoredResponse response) {
        request.recorded();
        if (!record(request.scope(), request.key(), request.requestHash(), response)) {
            throw ProblemException.conflict("idempotency-key-in-progress",
                    "A request with this Idempotency-Key was processed at the same time; retry to get its answer");
        }
    }

    /** Records a refusal, which wrote nothing, in a transaction of its own. */
    public void recordAlone(String scope, String key, String requestHash, StoredResponse response) {
        QuarkusTransaction.requiringNew().run(() -> record(scope, key, requestHash, response));
    }

    public int purgeExpired() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "delete from idempotency_record where created_at < ?1")
                .setParameter(1, expiry()).executeUpdate());
    }

    private OffsetDateTime expiry() {
        return OffsetDateTime.now().minus(config.retention());
    }
}
