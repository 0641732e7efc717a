package org.carepath.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void opensAfterTheThresholdOfConsecutiveFailuresOnly() {
        CircuitBreaker circuit = new CircuitBreaker(3, Duration.ofSeconds(10));
        circuit.failed(0);
        circuit.failed(0);
        circuit.succeeded();
        circuit.failed(0);
        circuit.failed(0);
        assertTrue(circuit.allow(0), "a success in between resets the count");
        circuit.failed(0);
        assertFalse(circuit.allow(SECOND));
        assertEquals(10, circuit.retryAfterSeconds(SECOND));
    }

    @Test
    void afterItsPeriodOneTrialDecides() {
        CircuitBreaker circuit = new CircuitBreaker(1, Duration.ofSeconds(10));
        circuit.failed(0);
        assertTrue(circuit.allow(10 * SECOND), "one trial");
        assertFalse(circuit.allow(10 * SECOND), "only one at a time");
        circuit.failed(11 * SECOND);
        assertFalse(circuit.allow(12 * SECOND), "a failed trial opens it again");
        assertTrue(circuit.allow(21 * SECOND));
        circuit.succeeded();
        assertTrue(circuit.allow(21 * SECOND));
        assertTrue(circuit.allow(21 * SECOND));
    }
}
