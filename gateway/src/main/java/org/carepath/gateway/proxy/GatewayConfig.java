package org.carepath.gateway.proxy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The route table, kept as configuration: public path prefixes and the upstream service serving each. */
@ConfigMapping(prefix = "carepath.gateway")
public interface GatewayConfig {

    Map<String, Upstream> upstreams();

    List<Route> routes();

    TokenCache tokenCache();

    /** Verified tokens the gateway remembers, so that repeated calls with one token are verified once. */
    interface TokenCache {
        /** The longest a verified token is remembered (never past its expiry); PT0S verifies every request. */
        @WithDefault("PT60S")
        Duration maxAge();

        /** How many tokens are remembered at most. */
        @WithDefault("10000")
        int capacity();
    }

    interface Upstream {
        URI url();

        /** How long the upstream may stay silent while answering before the gateway gives up with 504. */
        @WithDefault("PT15S")
        Duration timeout();

        @WithDefault("PT2S")
        Duration connectTimeout();

        /** Consecutive failures after which the gateway stops calling the upstream for {@link #openFor()}. */
        @WithDefault("5")
        int failureThreshold();

        /** How long a tripped circuit answers 503 at once before one trial request is let through. */
        @WithDefault("PT10S")
        Duration openFor();
    }

    interface Route {
        /** A path prefix such as {@code /v1/patients}; {@code {name}} stands for one path segment. */
        String path();

        /** A key of {@link #upstreams()}. */
        String upstream();

        /**
         * The roles that may use the route at all; empty = any verified token. The services check each operation's
         * roles again: this only keeps a token off routes it can never use.
         */
        Optional<List<String>> roles();
    }
}
