package org.carepath.platform.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "carepath.inbox")
public interface InboxConfig {

    @WithDefault("true")
    boolean enabled();

    /** The consumer group: one per service, so each service sees every event once. */
    @WithDefault("${quarkus.application.name}")
    String groupId();

    @WithDefault("PT0.5S")
    Duration initialBackoff();

    @WithDefault("PT30S")
    Duration maxBackoff();

    /**
     * Offsets of processed events are committed at most this often (asynchronously, and synchronously when
     * partitions are revoked or the consumer stops), not once per event: the broker's group coordinator then
     * handles a few commits a second instead of one per event. A crash replays at most this much, which the inbox
     * makes harmless.
     */
    @WithDefault("PT0.2S")
    Duration commitInterval();

    /**
     * Consecutive events of one clinic on a partition are applied in one transaction, at most this many: one commit
     * (one disk flush) for the run instead of one per event, which is what lets a consumer keep up with hundreds
     * of events a second on a durable database.
     */
    @WithDefault("100")
    int maxEventsPerTransaction();

    /** A transient failure (database unavailable) is retried this long before the event is dead-lettered. */
    @WithDefault("PT10M")
    Duration maxRetryDuration();
}
