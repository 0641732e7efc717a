package org.carepath.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    static Caller expiringAt(Instant expiry) {
        return new Caller(Set.of("clinic-staff"), null, "subject:staff", expiry.getEpochSecond());
    }

    @Test
    void aVerifiedTokenIsRememberedForAtMostTheMaximumAge() {
        AtomicLong clock = new AtomicLong(NOW.toEpochMilli());
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 100, clock::get);
        Caller token = expiringAt(NOW.plusSeconds(3600));
        tokens.remember("a.b.c", token);
        clock.set(NOW.plusSeconds(59).toEpochMilli());
        assertSame(token, tokens.get("a.b.c"));
        assertNull(tokens.get("a.b.x"), "only the exact text");
        clock.set(NOW.plusSeconds(60).toEpochMilli());
        assertNull(tokens.get("a.b.c"), "verified again after the maximum age");
        assertEquals(0, tokens.size());
    }

    @Test
    void neverPastTheTokensExpiry() {
        AtomicLong clock = new AtomicLong(NOW.toEpochMilli());
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 100, clock::get);
        tokens.remember("soon", expiringAt(NOW.plusSeconds(10)));
        tokens.remember("gone", expiringAt(NOW.minusSeconds(5)));
        clock.set(NOW.plusSeconds(9).toEpochMilli());
        assertEquals("subject:staff", tokens.get("soon").rateLimitClient());
        assertNull(tokens.get("gone"), "an expired token the verifier let through on clock skew is not remembered");
        clock.set(NOW.plusSeconds(10).toEpochMilli());
        assertNull(tokens.get("soon"));
    }

    @Test
    void aMaximumAgeOfZeroRemembersNothing() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ZERO, 100, NOW::toEpochMilli);
        tokens.remember("a.b.c", expiringAt(NOW.plusSeconds(3600)));
        assertNull(tokens.get("a.b.c"));
        assertEquals(0, tokens.size());
    }

    @Test
    void whenFullExpiredTokensGoFirstThenAll() {
        AtomicLong clock = new AtomicLong(NOW.toEpochMilli());
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 3, clock::get);
        tokens.remember("short", expiringAt(NOW.plusSeconds(5)));
        tokens.remember("long-1", expiringAt(NOW.plusSeconds(3600)));
        tokens.remember("long-2", expiringAt(NOW.plusSeconds(3600)));
        clock.set(NOW.plusSeconds(6).toEpochMilli());
        tokens.remember("long-3", expiringAt(NOW.plusSeconds(3600)));
        assertEquals(3, tokens.size(), "the expired one made room");
        assertEquals("subject:staff", tokens.get("long-1").rateLimitClient());
        tokens.remember("long-4", expiringAt(NOW.plusSeconds(3600)));
        assertEquals(1, tokens.size(), "none had expired: all were forgotten, and they will be verified again");
        assertNull(tokens.get("long-1"));
        assertEquals("subject:staff", tokens.get("long-4").rateLimitClient());
    }
}
