package org.carepath.gateway.limits;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Requests per minute a client may make through the gateway, by the role of its token. */
@ConfigMapping(prefix = "carepath.gateway.rate-limits")
public interface RateLimitConfig {

    /** Per role (the defaults are in application.properties); a token with several roles gets the largest. */
    Map<String, Integer> perMinute();

    /** For a token whose roles all lack a limit. */
    @WithDefault("60")
    int defaultPerMinute();
}
