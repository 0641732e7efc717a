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

    /**
     * Rounds start at least this far apart: a commit wakes the relay, but the commits of the next few milliseconds
     * then go out in the same round (one transaction, one produce, one update) instead of one round each.
     */
    @WithDefault("PT0.025S")
    Duration minRoundInterval();

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

    /**
     * How long events of a de-identified topic wait to be released together: each period's events go out once it
     * ends, shuffled across keys and stamped with its end, so neither the record time nor the arrival tells when a
     * fact was recorded more closely than the period (DOMAIN.md 7.1 allows the year; the analytics channel in
     * docs/events/asyncapi.yaml states what remains). Rows wait in the outbox until then.
     */
    @WithDefault("PT1H")
    Duration deidentifiedReleasePeriod();

    /** The CloudEvents source of this service's events. */
    @WithDefault("/carepath/${quarkus.application.name}")
    String source();
}
