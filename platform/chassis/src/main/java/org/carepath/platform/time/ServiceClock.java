package org.carepath.platform.time;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What a service takes as now, for its clinical clocks (monitoring windows, deadlines, due dates). Normally the
 * system clock. {@code carepath.clock.offset} (an ISO-8601 duration) moves it: the system tests move a running
 * service two hours on to see an esketamine session through its 120-minute monitoring without waiting for it.
 * Never set it in production; a service that has it set says so loudly at start.
 */
public class ServiceClock {

    private static final Logger LOG = Logger.getLogger(ServiceClock.class);

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "carepath.clock.offset", defaultValue = "PT0S") Duration offset) {
        if (offset.isZero()) {
            return Clock.systemUTC();
        }
        LOG.warnf("carepath.clock.offset is %s: this service's clock is not the real time (tests and drills only)",
                offset);
        return Clock.offset(Clock.systemUTC(), offset);
    }
}
