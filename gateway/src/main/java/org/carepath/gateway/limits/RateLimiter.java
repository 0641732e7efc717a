package org.carepath.gateway.limits;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.platform.security.Roles;

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

    /**
     * Takes one request from the client's bucket ({@link #clientOf}), at the highest limit of the caller's roles;
     * empty when allowed, else the seconds until it may retry.
     */
    public OptionalLong acquire(String client, Set<String> roles) {
        int perMinute = limitOf(roles);
        Bucket bucket = buckets.computeIfAbsent(client + "|" + perMinute, key -> new Bucket(perMinute));
        return bucket.take(System.nanoTime());
    }

    int limitOf(Set<String> roles) {
        return roles.stream().map(config.perMinute()::get).filter(limit -> limit != null)
                .mapToInt(Integer::intValue).max().orElse(config.defaultPerMinute());
    }

    /** Whose bucket a token's requests take from; {@code patientId} and {@code clinicId} may be null. */
    public static String clientOf(Set<String> roles, String patientId, String clinicId, String subject) {
        if (roles.contains(Roles.PATIENT) && patientId != null) {
            return "patient:" + patientId;
        }
        return clinicId != null ? "clinic:" + clinicId : "subject:" + subject;
    }

    @Scheduled(every = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdleClients() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.idleSince(now).compareTo(IDLE) > 0);
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
