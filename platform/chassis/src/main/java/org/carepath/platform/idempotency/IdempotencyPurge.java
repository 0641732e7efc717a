package org.carepath.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/** Deletes stored responses past their retention so the table stays small. */
@ApplicationScoped
public class IdempotencyPurge {

    @Inject
    IdempotencyStore store;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        store.purgeExpired();
    }
}
