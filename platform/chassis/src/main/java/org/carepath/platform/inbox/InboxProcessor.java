package org.carepath.platform.inbox;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.carepath.platform.http.RequestIds;
import org.carepath.platform.tenancy.Tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies events in a transaction that first records each event id per handler: if the id is already there, the
 * event was applied before and nothing happens (Debezium's outbox consumer pattern). One event with one handler
 * per transaction, or a run of one clinic's events together (one commit instead of one per event).
 */
@ApplicationScoped
public class InboxProcessor {

    @Inject
    EntityManager em;

    /** An event and the handlers that want it. */
    public record Delivery(IncomingEvent event, List<EventHandler> handlers) {
    }

    /** Whether a handler applied an event (false: it had already). */
    public record Applied(EventHandler handler, boolean applied) {
    }

    /**
     * Applies a run of events of one clinic (null: of none) in one transaction, in order: all of them or, when
     * any fails, none.
     */
    public List<Applied> applyTogether(String clinicId, List<Delivery> deliveries) {
        Supplier<List<Applied>> work = () -> QuarkusTransaction.requiringNew().call(() -> {
            List<Applied> outcomes = new ArrayList<>();
            for (Delivery delivery : deliveries) {
                RequestIds.set(delivery.event().requestId());
                for (EventHandler handler : delivery.handlers()) {
                    outcomes.add(new Applied(handler, applyWithin(handler, delivery.event())));
                }
            }
            return outcomes;
        });
        try {
            return clinicId != null && Tenancy.isValidClinicId(clinicId) ? Tenancy.callAs(clinicId, work)
                    : Tenancy.callOutsideAnyClinic(work);
        } finally {
            RequestIds.set(null);
        }
    }

    /** Returns false when the event had already been applied by this handler. */
    public boolean apply(EventHandler handler, IncomingEvent event) {
        return applyTogether(event.clinicId(), List.of(new Delivery(event, List.of(handler)))).get(0).applied();
    }

    private boolean applyWithin(EventHandler handler, IncomingEvent event) {
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
    }
}
