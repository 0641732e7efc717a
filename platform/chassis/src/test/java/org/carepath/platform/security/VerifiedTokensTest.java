package org.carepath.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    static final String CALLER = "subject:staff";

    @Test
    void aVerifiedTokenIsRememberedForAtMostTheMaximumAge() {
        AtomicLong clock = new AtomicLong(NOW.toEpochMilli());
        VerifiedTokens<String> tokens = new VerifiedTokens<>(Duration.ofSeconds(60), 100, clock::get);
        tokens.remember("a.b.c", CALLER, NOW.plusSeconds(3600).getEpochSecond());
        clock.set(NOW.plusSeconds(59).toEpochMilli());
        assertSame(CALLER, tokens.get("a.b.c"));
        assertNull(tokens.get("a.b.x"), "only the exact text");
        clock.set(NOW.plusSeconds(60).toEpochMilli());
        assertNull(tokens.get("a.b.c"), "verified again after the maximum age");
        assertEquals(0, tokens.size());
    }

    @Test
    void neverPastTheTokensExpiry() {
        AtomicLong clock = new AtomicLong(NOW.toEpochMilli());
        VerifiedTokens<String> tokens = new VerifiedTokens<>(Duration.ofSeconds(60), 100, clock::get);
        tokens.remember("soon", CALLER, NOW.plusSeconds(10).getEpochSecond());
        tokens.remember("gone", CALLER, NOW.minusSeconds(5).getEpochSecond());
        clock.set(NOW.plusSeconds(9).toEpochMilli());
        assertEquals("subject:staff", tokens.get("soon"));
        assertNull(tokens.get("gone"), "an expired token the verifier let through on clock skew is not remembered");
        clock.set(NOW.plusSeconds(10).toEpochMilli());
        assertNull(tokens.get("soon"));
    }

    @Test
    void aMaximumAgeOfZeroRemembersNothing() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(Duration.ZERO, 100, NOW::toEpochMilli);
        tokens.remember("a.b.c", CALLER, NOW.plusSeconds(3600).getEpochSecond());
        assertNull(tokens.get("a.b.c"));
        assertEquals(0, tokens.size());
    }

    @Test
    void whenFullExpiredTokensGoFirstThenAll() {
        AtomicLong clock = new AtomicLong(NOW.toEpochMilli());
        VerifiedTokens<String> tokens = new VerifiedTokens<>(Duration.ofSeconds(60), 3, clock::get);
        tokens.remember("short", CALLER, NOW.plusSeconds(5).getEpochSecond());
        tokens.remember("long-1", CALLER, NOW.plusSeconds(3600).getEpochSecond());
        tokens.remember("long-2", CALLER, NOW.plusSeconds(3600).getEpochSecond());
        clock.set(NOW.plusSeconds(6).toEpochMilli());
        tokens.remember("long-3", CALLER, NOW.plusSeconds(3600).getEpochSecond());
        assertEquals(3, tokens.size(), "the expired one made room");
        assertEquals("subject:staff", tokens.get("long-1"));
        tokens.remember("long-4", CALLER, NOW.plusSeconds(3600).getEpochSecond());
        assertEquals(1, tokens.size(), "none had expired: all were forgotten, and they will be verified again");
        assertNull(tokens.get("long-1"));
        assertEquals("subject:staff", tokens.get("long-4"));
    }
}
