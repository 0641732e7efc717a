package org.carepath.gateway.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies bearer tokens at the front door with the same settings the services use (RS256, issuer,
 * audience, expiry with clock skew). The services verify them again.
 */
@ApplicationScoped
public class TokenVerifier {

    private static final String BEARER = "Bearer ";

    @Inject
    JWTParser parser;

    /** The verified token, or null when the header is missing, malformed or the token is not valid. */
    public JsonWebToken verify(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        try {
            return parser.parse(authorization.substring(BEARER.length()).trim());
        } catch (ParseException e) {
            return null;
        }
    }
}
