package org.carepath.bench;

import java.time.Duration;

/**
 * How big and how long each benchmark is. {@link #full()} gives the figures of the report; {@link #smoke()}
 * runs every step of the harness with tiny sizes, so the test command can check the harness still works.
 * {@code warmup} is the unmeasured load before each measured window: on 2 cores under load a service's JIT compiler
 * was still over half of its CPU after 30 s and quiet only after about two minutes (jstat), so the full scale gives
 * it 90 s. {@code idle} is how long a freshly started service sits idle before its memory is read.
 */
public record Scale(String name, Duration warmup, Duration measure, int providers, int appointments,
        int analyticsAssessments, int lagEventsPerSecond, Duration lagDuration, Duration brokerOutage,
        int startups, int loadPatients, Duration idle) {

    public static Scale full() {
        return new Scale("full", Duration.ofSeconds(90), Duration.ofSeconds(30), 100, 10_000, 1_000_000, 500,
                Duration.ofSeconds(60), Duration.ofSeconds(30), 3, 1_000, Duration.ofSeconds(5));
    }

    public static Scale smoke() {
        return new Scale("smoke", Duration.ofSeconds(1), Duration.ofSeconds(2), 4, 40, 2_000, 20,
                Duration.ofSeconds(3), Duration.ofSeconds(2), 1, 8, Duration.ofSeconds(1));
    }

    public boolean isSmoke() {
        return name.equals("smoke");
    }
}
