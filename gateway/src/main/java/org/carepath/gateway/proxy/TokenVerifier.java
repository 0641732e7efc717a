package org.carepath.gateway.proxy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.platform.security.VerifiedTokens;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies bearer tokens at the front door with the same settings the services use (RS256, issuer,
 * audience, expiry with clock skew), and remembers the ones that passed for a short while
 * ({@code carepath.gateway.token-cache.*}). The services verify every token again, so a token the gateway still
 * remembers after its key left the issuer's key set is stopped there.
 */
@ApplicationScoped
public class TokenVerifier {

    private static final String BEARER = "Bearer ";

    @Inject
    JWTParser parser;

    @Inject
    GatewayConfig config;

    private VerifiedTokens<Caller> verified;

    @PostConstruct
    void createCache() {
        verified = new VerifiedTokens<>(config.tokenCache().maxAge(), config.tokenCache().capacity(),
                System::currentTimeMillis);
    }

    /** The caller if its token was verified a moment ago (without blocking), else null: {@link #verify} decides. */
    Caller remembered(String authorization) {
        String token = tokenOf(authorization);
        return token == null ? null : verified.get(token);
    }

    /**
     * The caller of the verified token, or null when the header is missing, malformed or the token is not valid. May
     * block: the first verification fetches the issuer's keys.
     */
    Caller verify(String authorization) {
        String token = tokenOf(authorization);
        if (token == null) {
            return null;
        }
        try {
            Caller caller = Caller.of(parser.parse(token));
            verified.remember(token, caller, caller.expiresAt());
            return caller;
        } catch (ParseException e) {
            return null;
        }
    }

    private static String tokenOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return authorization.substring(BEARER.length()).trim();
    }
}
