package org.carepath.scheduling.clinic.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.carepath.scheduling.appointment.domain.SchedulingPolicy;
import org.carepath.scheduling.availability.domain.Interval;
import org.carepath.scheduling.availability.domain.WeeklyHours;
import org.junit.jupiter.api.Test;

/** A setup answers for closures and leave only from the time it holds them; earlier windows go to the tables. */
class ClinicSetupPeriodsTest {

    static final Instant LOADED = Instant.parse("2030-01-07T00:00:00Z");
    static final UUID PROVIDER = new UUID(0, 1);
    static final Interval CLOSED = new Interval(LOADED.plusSeconds(3600), LOADED.plusSeconds(7200));
    static final Interval AWAY = new Interval(LOADED.plusSeconds(10_800), LOADED.plusSeconds(14_400));

    static final ClinicSetup SETUP = new ClinicSetup("clinic", 7, ZoneOffset.UTC, new WeeklyHours(List.of()), List.of(),
            false, SchedulingPolicy.defaults(), Map.of(), Map.of(), LOADED, List.of(CLOSED),
            Map.of(PROVIDER, List.of(AWAY)));

    @Test
    void windowsFromTheLoadOnAreAnsweredFromTheSetup() {
        assertEquals(Optional.of(List.of(CLOSED)), SETUP.closuresIn(new Interval(LOADED, LOADED.plusSeconds(3601))));
        assertEquals(Optional.of(List.of()), SETUP.closuresIn(new Interval(LOADED, LOADED.plusSeconds(3600))));
        assertEquals(Optional.of(List.of()), SETUP.closuresIn(new Interval(CLOSED.end(), AWAY.end())));
        assertEquals(Optional.of(Map.of(PROVIDER, List.of(AWAY))),
                SETUP.leaveIn(List.of(PROVIDER, new UUID(0, 2)), new Interval(CLOSED.start(), AWAY.start().plusSeconds(1))));
        assertEquals(Optional.of(Map.of()), SETUP.leaveIn(List.of(PROVIDER), CLOSED));
    }

    @Test
    void windowsStartingBeforeTheLoadAreNot() {
        Interval earlier = new Interval(LOADED.minusSeconds(1), AWAY.end());
        assertEquals(Optional.empty(), SETUP.closuresIn(earlier));
        assertEquals(Optional.empty(), SETUP.leaveIn(List.of(PROVIDER), earlier));
    }
}
