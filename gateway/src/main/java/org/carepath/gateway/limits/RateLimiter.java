package org.carepath.gateway.limits;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.carepath.platform.security.Claims;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.scheduler.Scheduled;

/**
 * Token buckets per client: a patient token counts against its patient, a staff or analytics token against its
 * clinic (so one partner integration cannot starve the others), anything else against its subject. Buckets live in
 * this gateway instance; with several replicas each enforces its share.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Duration IDLE = Duration.ofMinutes(10);

    @Inject
    RateLimitConfig config;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one request from the client's bucket; empty when allowed, else the seconds until it may retry. */
    public OptionalLong acquire(JsonWebToken token) {
        int perMinute = limitOf(token);
        Bucket bucket = buckets.computeIfAbsent(clientOf(token) + "|" + perMinute, key -> new Bucket(perMinute));
        return bucket.take(System.nanoTime());
    }

    int limitOf(JsonWebToken token) {
        return token.getGroups().stream().map(config.perMinute()::get).filter(limit -> limit != null)
                .mapToInt(Integer::intValue).max().orElse(config.defaultPerMinute());
    }

    static String clientOf(JsonWebToken token) {
        Object patient = token.getClaim(Claims.PATIENT_ID);
        if (token.getGroups().contains(Roles.PATIENT) && patient != null) {
            return "patient:" + text(patient);
        }
        Object clinic = token.getClaim(Claims.CLINIC_ID);
        return clinic != null ? "clinic:" + text(clinic) : "subject:" + token.getSubject();
    }

    @Scheduled(every = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdleClients() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.idleSince(now).compareTo(IDLE) > 0);
    }

    private static String text(Object claim) {
        return claim instanceof JsonString json ? json.getString() : claim.toString();
    }

    /** Refills continuously at the limit per minute, holding at most one minute's worth. */
    static final class Bucket {

        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last;

        Bucket(int perMinute) {
            this.capacity = perMinute;
            this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
            this.tokens = perMinute;
            this.last = System.nanoTime();
        }

        synchronized OptionalLong take(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            long waitNanos = (long) Math.ceil((1 - tokens) / perNano);
            return OptionalLong.of(Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + 1));
        }

        synchronized Duration idleSince(long now) {
            return Duration.ofNanos(now - last);
        }
    }
}
