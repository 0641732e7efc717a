package org.carepath.platform.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;

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
 * CPU. A remembered token is the same text that passed every check (signature, issuer, audience, times), so it is
 * accepted again only before its expiry, and verified again at least every minute, so that a change of the
 * issuer's keys takes effect within a minute.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RememberingJwtParser implements JWTParser {

    @Inject
    DefaultJWTParser verifier;

    private final VerifiedTokens<JsonWebToken> verified = new VerifiedTokens<>(Duration.ofMinutes(1), 10_000,
            System::currentTimeMillis);

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        JsonWebToken known = verified.get(bearerToken);
        if (known != null) {
            return known;
        }
        JsonWebToken token = verifier.parse(bearerToken);
        verified.remember(bearerToken, token, token.getExpirationTime());
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
