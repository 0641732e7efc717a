package org.carepath.gateway.proxy;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Tokens the gateway has verified, by their exact text, with their {@link Caller}, so that a client's next calls with
 * the same token skip the signature check, the parsing and the claim reads (the largest part of the gateway's own work
 * per request). A token is remembered until its expiry or for {@code maxAge}, whichever is sooner, never past it;
 * failures are never remembered. Bounded: when full, expired entries go first and, if none have expired, all of them
 * (only verified tokens get in, so filling it takes valid tokens).
 */
final class VerifiedTokens {

    private record Remembered(Caller caller, long untilMillis) {
    }

    private final ConcurrentHashMap<String, Remembered> tokens = new ConcurrentHashMap<>();
    private final long maxAgeMillis;
    private final int capacity;
    private final LongSupplier epochMillis;

    /** {@code epochMillis} is the wall clock, as {@link System#currentTimeMillis()}: a token's expiry is wall time. */
    VerifiedTokens(Duration maxAge, int capacity, LongSupplier epochMillis) {
        this.maxAgeMillis = maxAge.toMillis();
        this.capacity = capacity;
        this.epochMillis = epochMillis;
    }

    /** The caller of the verified token with this text, or null when it must be verified (again). */
    Caller get(String token) {
        Remembered remembered = tokens.get(token);
        if (remembered == null) {
            return null;
        }
        if (epochMillis.getAsLong() < remembered.untilMillis()) {
            return remembered.caller();
        }
        tokens.remove(token, remembered);
        return null;
    }

    void remember(String token, Caller verified) {
        long now = epochMillis.getAsLong();
        long until = Math.min(now + maxAgeMillis, verified.expiresAt() * 1000);
        if (until <= now || capacity <= 0) {
            return;
        }
        if (tokens.size() >= capacity) {
            tokens.values().removeIf(remembered -> remembered.untilMillis() <= now);
            if (tokens.size() >= capacity) {
                tokens.clear();
            }
        }
        tokens.put(token, new Remembered(verified, until));
    }

    int size() {
        return tokens.size();
    }
}
