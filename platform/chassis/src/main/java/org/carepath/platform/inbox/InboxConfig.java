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

    /** A transient failure (database unavailable) is retried this long before the event is dead-lettered. */
    @WithDefault("PT10M")
    Duration maxRetryDuration();
}
