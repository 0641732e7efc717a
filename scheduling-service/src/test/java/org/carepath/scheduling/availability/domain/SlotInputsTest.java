package org.carepath.scheduling.availability.domain;

import static org.carepath.scheduling.availability.domain.Spans.at;
import static org.carepath.scheduling.availability.domain.Spans.span;
import static org.carepath.scheduling.availability.domain.Spans.spans;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The request, calendars and slots reject what the finder cannot honour, naming the rule only. */
class SlotInputsTest {

    static final Interval DAY = span("00:00", "+1 00:00");
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    static String rejection(Runnable construction) {
        return assertThrows(IllegalArgumentException.class, construction::run).getMessage();
    }

    static SlotRequest request(Duration length, Duration buffer, Duration step) {
        return new SlotRequest(DAY, length, buffer, step, ZONE);
    }

    @Test
    void lengthMustBePositive() {
        assertEquals("length must be positive",
                rejection(() -> request(Duration.ZERO, Duration.ZERO, Duration.ofMinutes(15))));
        assertEquals("length must be positive",
                rejection(() -> request(Duration.ofMinutes(-30), Duration.ZERO, Duration.ofMinutes(15))));
    }

    @Test
    void bufferMayBeZeroButNotNegative() {
        assertDoesNotThrow(() -> request(Duration.ofMinutes(30), Duration.ZERO, Duration.ofMinutes(15)));
        assertEquals("buffer must not be negative",
                rejection(() -> request(Duration.ofMinutes(30), Duration.ofMinutes(-1), Duration.ofMinutes(15))));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 10, 15, 20, 30, 45, 60, 90, 120, 240, 720, 1440})
    void stepsDividingADayAreAccepted(int minutes) {
        assertDoesNotThrow(() -> request(Duration.ofMinutes(30), Duration.ZERO, Duration.ofMinutes(minutes)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -15, 7, 25, 50, 100, 1000, 2880})
    void stepsNotDividingADayAreRejected(int minutes) {
        assertEquals("step must be whole minutes that divide a day evenly",
                rejection(() -> request(Duration.ofMinutes(30), Duration.ZERO, Duration.ofMinutes(minutes))));
    }

    @Test
    void stepsMustBeWholeMinutes() {
        assertEquals("step must be whole minutes that divide a day evenly",
                rejection(() -> request(Duration.ofMinutes(30), Duration.ZERO, Duration.ofSeconds(90))));
        assertEquals("step must be whole minutes that divide a day evenly",
                rejection(() -> request(Duration.ofMinutes(30), Duration.ZERO, Duration.ofMinutes(15).plusNanos(1))));
    }

    @Test
    void everyRequestPartIsRequired() {
        Duration minutes = Duration.ofMinutes(15);
        assertEquals("range is required", rejection(() -> new SlotRequest(null, minutes, minutes, minutes, ZONE)));
        assertEquals("length is required", rejection(() -> new SlotRequest(DAY, null, minutes, minutes, ZONE)));
        assertEquals("buffer is required", rejection(() -> new SlotRequest(DAY, minutes, null, minutes, ZONE)));
        assertEquals("step is required", rejection(() -> new SlotRequest(DAY, minutes, minutes, null, ZONE)));
        assertEquals("zone is required", rejection(() -> new SlotRequest(DAY, minutes, minutes, minutes, null)));
    }

    @Test
    void calendarsKeepTheirIntervalsNormalized() {
        ProviderCalendar provider = new ProviderCalendar(UUID.randomUUID(),
                spans("13:00", "17:00", "09:00", "12:00", "12:00", "13:00"), spans("11:00", "12:00", "09:00", "10:00"));
        RoomCalendar room = new RoomCalendar(UUID.randomUUID(), spans("10:00", "11:00", "09:30", "10:30"));

        assertEquals(spans("09:00", "17:00"), provider.onDuty());
        assertEquals(spans("09:00", "10:00", "11:00", "12:00"), provider.busy());
        assertEquals(spans("09:30", "11:00"), room.busy());
    }

    @Test
    void calendarsRejectMissingIdsAndNullIntervals() {
        List<Interval> withNull = Arrays.asList(span("09:00", "10:00"), null);

        assertEquals("providerId is required", rejection(() -> new ProviderCalendar(null, List.of(), List.of())));
        assertEquals("onDuty must not contain null",
                rejection(() -> new ProviderCalendar(UUID.randomUUID(), withNull, List.of())));
        assertEquals("busy must not contain null",
                rejection(() -> new ProviderCalendar(UUID.randomUUID(), List.of(), withNull)));
        assertEquals("roomId is required", rejection(() -> new RoomCalendar(null, List.of())));
        assertEquals("busy must not contain null", rejection(() -> new RoomCalendar(UUID.randomUUID(), withNull)));
    }

    @Test
    void aSlotMustStartBeforeItEnds() {
        assertEquals("slot start must be before its end",
                rejection(() -> new Slot(at("10:00"), at("10:00"), UUID.randomUUID(), UUID.randomUUID())));
        assertEquals("roomId is required",
                rejection(() -> new Slot(at("09:00"), at("10:00"), UUID.randomUUID(), null)));
    }
}
