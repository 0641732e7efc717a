package org.carepath.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.Topics;
import org.carepath.platform.http.RequestIds;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.tenancy.Tenancy;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records an event in the caller's database transaction: it is published if and only if the use case
 * commits, whatever happens to the broker in between. Never publish to Kafka directly from a use case.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    private ObjectMapper eventJson;

    @Inject
    OutboxConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /**
     * Event payloads name every field of their schema, null when absent, as the schemas in docs/events require;
     * the HTTP API omits absent values instead (quarkus.jackson.serialization-inclusion).
     */
    @PostConstruct
    void eventJson() {
        eventJson = mapper.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }

    /** Returns the event's id ({@code ce_id}). Must run inside the use case's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(OutgoingEvent event) {
        if (Topics.isDeidentified(event.topic()) && event.subject() != null) {
            throw new IllegalArgumentException("a de-identified event names no subject: " + event.type());
        }
        // A time-ordered id would carry the moment of recording (UUIDv7's first 48 bits) onto a de-identified topic.
        UUID eventId = Topics.isDeidentified(event.topic()) ? UUID.randomUUID() : Ids.newId();
        String payload;
        try {
            payload = eventJson.writeValueAsString(event.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload is not serialisable: " + event.type(), e);
        }
        // Naming the table it writes spares the session the flush (a dirty check of every managed entity) that
        // Hibernate runs before a native statement it knows nothing about; the entities flush at commit as ever.
        em.createNativeQuery("insert into outbox_event (event_id, topic, record_key, event_type, source, subject,"
                + " clinic_id, request_id, occurred_at, payload) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as jsonb))")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("outbox_event")
                .setParameter(1, eventId)
                .setParameter(2, event.topic())
                .setParameter(3, event.key())
                .setParameter(4, event.type())
                .setParameter(5, config.source())
                .setParameter(6, event.subject())
                .setParameter(7, clinicOfThisTransaction())
                .setParameter(8, Topics.isDeidentified(event.topic()) ? null : RequestIds.current().orElse(null))
                .setParameter(9, OffsetDateTime.now())
                .setParameter(10, payload)
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
        return eventId;
    }

    private String clinicOfThisTransaction() {
        Object tenant = em.unwrap(Session.class).getTenantIdentifierValue();
        return tenant == null || Tenancy.NO_TENANT.equals(tenant) ? null : tenant.toString();
    }
}
