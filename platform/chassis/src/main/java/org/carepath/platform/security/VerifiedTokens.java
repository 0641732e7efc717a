package org.carepath.platform.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies bearer tokens as smallrye-jwt does, and remembers the tokens it verified: a client sends the same token
 * with every request until it expires, and checking its RSA signature each time was a few per cent of a request's
 * CPU. A remembered token is the same string that passed every check (signature, issuer, audience, times), so it
 * is accepted again only before its expiry, and re-verified at least every {@link #REVERIFY_AFTER_MILLIS} so a
 * change of the issuer's keys takes effect within a minute. Bounded: the least recently used are forgotten.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final long REVERIFY_AFTER_MILLIS = 60_000;
    static final int CAPACITY = 10_000;

    private record Verified(JsonWebToken token, long validUntilMillis) {
    }

    @Inject
    DefaultJWTParser verifier;

    private final Map<String, Verified> verified = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > CAPACITY;
        }
    };

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        long now = System.currentTimeMillis();
        synchronized (verified) {
            Verified known = verified.get(bearerToken);
            if (known != null && now < known.validUntilMillis()) {
                return known.token();
            }
        }
        JsonWebToken token = verifier.parse(bearerToken);
        long expiresAt = token.getExpirationTime() * 1000;
        synchronized (verified) {
            verified.put(bearerToken, new Verified(token, Math.min(expiresAt, now + REVERIFY_AFTER_MILLIS)));
        }
        return token;
    }

    @Override
    public JsonWebToken parse(String bearerToken, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(bearerToken, context);
    }

    @Override
    public JsonWebToken verify(String bearerToken, PublicKey key) throws ParseException {
        return verifier.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, SecretKey key) throws ParseException {
        return verifier.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, String secret) throws ParseException {
        return verifier.verify(bearerToken, secret);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, PrivateKey key) throws ParseException {
        return verifier.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, SecretKey key) throws ParseException {
        return verifier.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, String secret) throws ParseException {
        return verifier.decrypt(bearerToken, secret);
    }

    @Override
    public JsonWebToken parseOnly(String bearerToken) throws ParseException {
        return verifier.parseOnly(bearerToken);
    }
}
