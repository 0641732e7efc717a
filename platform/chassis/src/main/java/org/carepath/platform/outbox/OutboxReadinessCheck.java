package org.carepath.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the outbox backlog in readiness details. It stays up while events wait: a service whose broker
 * is down still accepts writes safely, and the Kafka check says why events are not flowing.
 */
@Readiness
@ApplicationScoped
public class OutboxReadinessCheck implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox").up()
                .withData("backlog", relay.backlog())
                .withData("oldestPendingSeconds", relay.oldestPendingAge().toSeconds());
        if (relay.lastError() != null) {
            response.withData("lastPublishError", relay.lastError());
        }
        return response.build();
    }
}
