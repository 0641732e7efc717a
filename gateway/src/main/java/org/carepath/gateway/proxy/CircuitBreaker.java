package org.carepath.gateway.proxy;

import java.time.Duration;

/**
 * One upstream's circuit: after enough consecutive failures the gateway answers 503 at once instead of making
 * every client wait on a dead service, then lets one trial request through; its success closes the circuit.
 */
final class CircuitBreaker {

    private final int failureThreshold;
    private final long openNanos;
    private int consecutiveFailures;
    private long openedAt;
    private boolean open;
    private boolean trialInFlight;

    CircuitBreaker(int failureThreshold, Duration openFor) {
        this.failureThreshold = failureThreshold;
        this.openNanos = openFor.toNanos();
    }

    /** Whether a request may go to the upstream now. */
    synchronized boolean allow(long now) {
        if (!open) {
            return true;
        }
        if (now - openedAt >= openNanos && !trialInFlight) {
            trialInFlight = true;
            return true;
        }
        return false;
    }

    synchronized void succeeded() {
        consecutiveFailures = 0;
        open = false;
        trialInFlight = false;
    }

    synchronized void failed(long now) {
        consecutiveFailures++;
        trialInFlight = false;
        if (open || consecutiveFailures >= failureThreshold) {
            open = true;
            openedAt = now;
        }
    }

    /** Seconds until a trial request will be let through. */
    synchronized long retryAfterSeconds(long now) {
        return Math.max(1, Duration.ofNanos(openNanos - (now - openedAt)).toSeconds() + 1);
    }
}
