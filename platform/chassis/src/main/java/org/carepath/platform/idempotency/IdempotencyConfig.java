package org.carepath.platform.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "carepath.idempotency")
public interface IdempotencyConfig {

    /** How long a key's stored response is replayed; after that the key may be used afresh. */
    @WithDefault("PT24H")
    Duration retention();

    /** A key still in progress after this long belongs to a request that died, and may be taken over. */
    @WithDefault("PT1M")
    Duration inProgressTimeout();
}
