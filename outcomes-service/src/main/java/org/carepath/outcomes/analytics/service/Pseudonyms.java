package org.carepath.outcomes.analytics.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The random analytics id of a patient, made on first use; never derived from who the patient is. */
@ApplicationScoped
public class Pseudonyms {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /**
     * Must run in the caller's transaction; concurrent first uses agree on one pseudonym. Every fact of a patient
     * after the first finds the pseudonym with one read; only the first use also writes.
     */
    public UUID of(UUID patientId, String clinicId) {
        return existing(patientId).orElseGet(() -> {
            em.createNativeQuery("insert into patient_pseudonym (patient_id, clinic_id, pseudonym, created_at)"
                    + " values (?1, ?2, ?3, ?4) on conflict (patient_id) do nothing")
                    .setParameter(1, patientId)
                    .setParameter(2, clinicId)
                    .setParameter(3, UUID.randomUUID())
                    .setParameter(4, OffsetDateTime.now(clock))
                    .executeUpdate();
            return existing(patientId).orElseThrow();
        });
    }

    /**
     * Untyped on purpose: Hibernate 7 caches a native query's plan under a key holding its result mapping, and the
     * mapping of {@code createNativeQuery(sql, UUID.class)} equals no other, so every call added a plan under the same
     * hash and every lookup compared against all of them (13% of outcomes' CPU per PHQ-9 submission).
     */
    private Optional<UUID> existing(UUID patientId) {
        return em.createNativeQuery("select pseudonym from patient_pseudonym where patient_id = ?1")
                .setParameter(1, patientId).getResultList().stream().findFirst().map(UUID.class::cast);
    }
}
