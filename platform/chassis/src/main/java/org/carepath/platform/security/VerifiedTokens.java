package org.carepath.platform.security;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Tokens verified a moment ago, by their exact text, with what was read from them, so that a client's next calls with
 * the same token skip the signature check, the parsing and the claim reads. A token is remembered until its expiry or for {@code maxAge}, whichever is sooner, never past it;
 * failures are never remembered. Bounded: when full, expired entries go first and, if none have expired, all of them
 * (only verified tokens get in, so filling it takes valid tokens).
 */
public final class VerifiedTokens<T> {

    private record Remembered<T>(T verified, long untilMillis) {
    }

    private final ConcurrentHashMap<String, Remembered<T>> tokens = new ConcurrentHashMap<>();
    private final long maxAgeMillis;
    private final int capacity;
    private final LongSupplier epochMillis;

    /** {@code epochMillis} is the wall clock, as {@link System#currentTimeMillis()}: a token's expiry is wall time. */
    public VerifiedTokens(Duration maxAge, int capacity, LongSupplier epochMillis) {
        this.maxAgeMillis = maxAge.toMillis();
        this.capacity = capacity;
        this.epochMillis = epochMillis;
    }

    /** What was read from the verified token with this text, or null when it must be verified (again). */
    public T get(String token) {
        Remembered<T> remembered = tokens.get(token);
        if (remembered == null) {
            return null;
        }
        if (epochMillis.getAsLong() < remembered.untilMillis()) {
            return remembered.verified();
        }
        tokens.remove(token, remembered);
        return null;
    }

    /** @param expiresAt the token's {@code exp}, in seconds since the epoch */
    public void remember(String token, T verified, long expiresAt) {
        long now = epochMillis.getAsLong();
        long until = Math.min(now + maxAgeMillis, expiresAt * 1000);
        if (until <= now || capacity <= 0) {
            return;
        }
        if (tokens.size() >= capacity) {
            tokens.values().removeIf(remembered -> remembered.untilMillis() <= now);
            if (tokens.size() >= capacity) {
                tokens.clear();
            }
        }
        tokens.put(token, new Remembered<>(verified, until));
    }

    public int size() {
        return tokens.size();
    }
}
