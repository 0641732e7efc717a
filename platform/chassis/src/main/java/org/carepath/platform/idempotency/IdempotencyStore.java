package org.carepath.platform.idempotency;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.carepath.platform.persistence.SqlTimes;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Keys and their stored responses, each step in its own short transaction so that a reservation is
 * visible to a concurrent duplicate at once.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** The outcome of trying to reserve a key. */
    public sealed interface Reservation {
        record Reserved() implements Reservation {
        }

        record Replay(StoredResponse response) implements Reservation {
        }

        record InProgress() implements Reservation {
        }

        record BodyMismatch() implements Reservation {
        }
    }

    @Inject
    EntityManager em;

    @Inject
    IdempotencyConfig config;

    public Reservation reserve(String scope, String key, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now();
            em.createNativeQuery("delete from idempotency_record where scope = ?1 and idempotency_key = ?2"
                    + " and created_at < ?3")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, now.minus(config.retention()))
                    .executeUpdate();
            int inserted = em.createNativeQuery("insert into idempotency_record"
                    + " (scope, idempotency_key, request_hash, state, created_at) values (?1, ?2, ?3, 'in-progress', ?4)"
                    + " on conflict do nothing")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).setParameter(4, now)
                    .executeUpdate();
            if (inserted == 1) {
                return new Reservation.Reserved();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select request_hash, state, created_at, response_status,"
                    + " response_content_type, response_location, response_etag, response_body"
                    + " from idempotency_record where scope = ?1 and idempotency_key = ?2 for update")
                    .setParameter(1, scope).setParameter(2, key).getResultList();
            if (rows.isEmpty()) {
                return new Reservation.InProgress();
            }
            Object[] row = rows.get(0);
            if (!requestHash.equals(row[0])) {
                return new Reservation.BodyMismatch();
            }
            if ("completed".equals(row[1])) {
                return new Reservation.Replay(new StoredResponse(((Number) row[3]).intValue(), (String) row[4],
                        (String) row[5], (String) row[6], (String) row[7]));
            }
            OffsetDateTime startedAt = SqlTimes.toOffsetDateTime(row[2]);
            if (startedAt.isBefore(now.minus(config.inProgressTimeout()))) {
                em.createNativeQuery("update idempotency_record set created_at = ?3"
                        + " where scope = ?1 and idempotency_key = ?2")
                        .setParameter(1, scope).setParameter(2, key).setParameter(3, now).executeUpdate();
                return new Reservation.Reserved();
            }
            return new Reservation.InProgress();
        });
    }

    public void complete(String scope, String key, StoredResponse response) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update idempotency_record"
                + " set state = 'completed', completed_at = ?3, response_status = ?4, response_content_type = ?5,"
                + " response_location = ?6, response_etag = ?7, response_body = ?8"
                + " where scope = ?1 and idempotency_key = ?2")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, OffsetDateTime.now())
                .setParameter(4, response.status()).setParameter(5, response.contentType())
                .setParameter(6, response.location()).setParameter(7, response.etag())
                .setParameter(8, response.body())
                .executeUpdate());
    }

    /** Forgets a key whose request failed on the server, so the client's retry runs it again. */
    public void release(String scope, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from idempotency_record where scope = ?1 and idempotency_key = ?2")
                .setParameter(1, scope).setParameter(2, key).executeUpdate());
    }

    public int purgeExpired() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "delete from idempotency_record where created_at < ?1")
                .setParameter(1, OffsetDateTime.now().minus(config.retention())).executeUpdate());
    }

}
