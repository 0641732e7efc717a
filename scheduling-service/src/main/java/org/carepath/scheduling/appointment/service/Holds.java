package org.carepath.scheduling.appointment.service;

import static java.time.ZoneOffset.UTC;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.carepath.platform.tenancy.Tenancy;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Ends holds whose time-to-live has passed. The exclusion constraints cannot look at the clock, so a booking
 * first expires the stale holds in its way; the sweep tidies the rest so lists show them as expired.
 */
@ApplicationScoped
public class Holds {

    private static final Logger LOG = Logger.getLogger(Holds.class);

    private static final String EXPIRE = "with expired as (update appointment set status = 'EXPIRED',"
            + " version = version + 1 where status = 'HELD' and hold_expires_at <= now() %s returning id, clinic_id)"
            + " insert into appointment_transition (id, clinic_id, appointment_id, from_status, to_status, reason,"
            + " actor, actor_roles, at) select gen_random_uuid(), clinic_id, id, 'HELD', 'EXPIRED', 'hold-expired',"
            + " 'system', 'system', now() from expired";

    @Inject
    EntityManager em;

    /** Expires stale holds that would stand in the way of this provider, room or patient over a window. */
    public void expireInTheWay(String clinicId, UUID providerId, UUID roomId, UUID patientId, Instant from, Instant to) {
        em.createNativeQuery(EXPIRE.formatted("and clinic_id = ?1 and (provider_id = ?2 or room_id = ?3 or patient_id = ?4)"
                + " and tstzrange(starts_at, blocked_until) && tstzrange(?5, ?6)"))
                .setParameter(1, clinicId)
                .setParameter(2, providerId)
                .setParameter(3, roomId)
                .setParameter(4, patientId)
                .setParameter(5, OffsetDateTime.ofInstant(from, UTC))
                .setParameter(6, OffsetDateTime.ofInstant(to, UTC))
                .executeUpdate();
    }

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int expired = Tenancy.callOutsideAnyClinic(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(EXPIRE.formatted("")).executeUpdate()));
        if (expired > 0) {
            LOG.debugf("expired %d holds", expired);
        }
    }
}
