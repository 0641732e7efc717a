package org.carepath.platform.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "carepath.idempotency")
public interface IdempotencyConfig {

    /** How long a key's stored response is replayed; after that the key may be used afresh. */
    @WithDefault("PT24H")
    Duration retention();
}
