package org.carepath.platform.inbox;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.carepath.platform.http.RequestIds;
import org.carepath.platform.tenancy.Tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies one event with one handler in one transaction that first records the event id: if the id is
 * already there, the event was applied before and nothing happens (Debezium's outbox consumer pattern).
 */
@ApplicationScoped
public class InboxProcessor {

    @Inject
    EntityManager em;

    /** Returns false when the event had already been applied by this handler. */
    public boolean apply(EventHandler handler, IncomingEvent event) {
        RequestIds.set(event.requestId());
        try {
            if (event.clinicId() != null && Tenancy.isValidClinicId(event.clinicId())) {
                return Tenancy.callAs(event.clinicId(), () -> applyInTransaction(handler, event));
            }
            return Tenancy.callOutsideAnyClinic(() -> applyInTransaction(handler, event));
        } finally {
            RequestIds.set(null);
        }
    }

    private boolean applyInTransaction(EventHandler handler, IncomingEvent event) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int recorded = em.createNativeQuery("insert into inbox_event (consumer, event_id, event_type, topic,"
                    + " processed_at) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                    .setParameter(1, handler.name())
                    .setParameter(2, event.id())
                    .setParameter(3, event.type())
                    .setParameter(4, event.topic())
                    .setParameter(5, OffsetDateTime.now())
                    .executeUpdate();
            if (recorded == 0) {
                return false;
            }
            handler.handle(event);
            return true;
        });
    }
}
