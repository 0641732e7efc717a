package org.carepath.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "carepath.outbox")
public interface OutboxConfig {

    /** Turns the relay off, for a process that only records events (another instance publishes). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows published per round trip to the broker. */
    @WithDefault("500")
    int batchSize();

    /** How often an idle relay looks for rows committed by other instances. */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    /** First wait after a failed publish; doubles up to {@link #maxBackoff()} while the broker stays down. */
    @WithDefault("PT0.2S")
    Duration initialBackoff();

    @WithDefault("PT10S")
    Duration maxBackoff();

    /** How long a publish may wait for the broker's acknowledgement before the batch is retried. */
    @WithDefault("PT15S")
    Duration sendTimeout();

    /** Published rows are kept this long for diagnosis, then deleted. */
    @WithDefault("P7D")
    Duration retention();

    /** The CloudEvents source of this service's events. */
    @WithDefault("/carepath/${quarkus.application.name}")
    String source();
}
