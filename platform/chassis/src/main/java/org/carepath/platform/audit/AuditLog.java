package org.carepath.platform.audit;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.carepath.platform.http.RequestIds;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.security.CallerContext;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes audit records: a successful access's in the use case's own transaction, so the record commits with
 * what it records; a failed or refused access's in a transaction of its own, after the work it attempted
 * rolled back.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    @Inject
    CallerContext caller;

    /** Records within the caller's transaction. */
    public void record(AuditAction action, String resourceType, Object resourceId, AuditOutcome outcome) {
        em.persist(entry(action, resourceType, resourceId, outcome));
    }

    /** Records in a transaction of its own. */
    public void recordAlone(AuditAction action, String resourceType, Object resourceId, AuditOutcome outcome) {
        AuditRecord entry = entry(action, resourceType, resourceId, outcome);
        QuarkusTransaction.requiringNew().run(() -> em.persist(entry));
    }

    private AuditRecord entry(AuditAction action, String resourceType, Object resourceId, AuditOutcome outcome) {
        AuditRecord entry = new AuditRecord();
        entry.id = Ids.newId();
        entry.occurredAt = OffsetDateTime.now();
        entry.actor = caller.subject();
        entry.roles = caller.isAuthenticated() ? caller.rolesForAudit() : "";
        entry.clinicId = caller.clinicId().orElse(null);
        entry.action = action.code();
        entry.resourceType = resourceType;
        entry.resourceId = resourceId == null ? null : resourceId.toString();
        entry.outcome = outcome.code();
        entry.requestId = RequestIds.current().orElse(null);
        return entry;
    }
}
