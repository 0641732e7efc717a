package org.carepath.scheduling.availability.domain;

import static org.carepath.scheduling.availability.domain.Spans.at;
import static org.carepath.scheduling.availability.domain.Spans.span;
import static org.carepath.scheduling.availability.domain.Spans.spans;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Which starts are offered, with which provider and room, in which order. */
class SlotFinderTest {

    static final UUID ALICE = new UUID(0, 1);
    static final UUID BOB = new UUID(0, 2);
    static final UUID ROOM_1 = new UUID(1, 1);
    static final UUID ROOM_2 = new UUID(1, 2);

    /** One provider on duty all day and one free room, in a UTC clinic open 09:00 to 12:00, 60-minute slots. */
    static final class Scenario {

        Interval range = span("00:00", "+1 00:00");
        Duration length = Duration.ofMinutes(60);
        Duration buffer = Duration.ZERO;
        Duration step = Duration.ofMinutes(15);
        ZoneId zone = ZoneOffset.UTC;
        List<Interval> clinicOpen = spans("09:00", "12:00");
        List<ProviderCalendar> providers = new ArrayList<>(List.of(provider(ALICE, spans("00:00", "+1 00:00"))));
        List<RoomCalendar> rooms = new ArrayList<>(List.of(new RoomCalendar(ROOM_1, List.of())));
        List<Interval> prescriberOnSite;
        List<Interval> patientBusy = List.of();
        int limit = 100;

        Scenario minutes(int length, int buffer, int step) {
            this.length = Duration.ofMinutes(length);
            this.buffer = Duration.ofMinutes(buffer);
            this.step = Duration.ofMinutes(step);
            return this;
        }

        Scenario providers(ProviderCalendar... providers) {
            this.providers = List.of(providers);
            return this;
        }

        Scenario rooms(RoomCalendar... rooms) {
            this.rooms = List.of(rooms);
            return this;
        }

        List<Slot> find() {
            return SlotFinder.find(new SlotRequest(range, length, buffer, step, zone), clinicOpen, providers, rooms,
                    prescriberOnSite, patientBusy, limit);
        }

        /** The start times offered, as "HH:mm" on the test day. */
        List<String> starts() {
            return find().stream().map(slot -> slot.start().toString().substring(11, 16)).toList();
        }
    }

    static ProviderCalendar provider(UUID id, List<Interval> onDuty, Interval... busy) {
        return new ProviderCalendar(id, onDuty, List.of(busy));
    }

    static RoomCalendar room(UUID id, Interval... busy) {
        return new RoomCalendar(id, List.of(busy));
    }

    static Slot slot(String start, String end, UUID provider, UUID room) {
        return new Slot(at(start), at(end), provider, room);
    }

    static List<String> times(String... times) {
        return List.of(times);
    }

    @Test
    void everyStepThatFitsIsOfferedWithItsProviderAndRoom() {
        Scenario scenario = new Scenario();

        assertEquals(times("09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45", "11:00"),
                scenario.starts());
        assertEquals(slot("11:00", "12:00", ALICE, ROOM_1), scenario.find().get(8));
    }

    @Test
    void anOpeningOffTheGridWaitsForTheNextStep() {
        Scenario scenario = new Scenario().minutes(30, 0, 15);
        scenario.clinicOpen = spans("09:05", "10:35");

        assertEquals(times("09:15", "09:30", "09:45", "10:00"), scenario.starts());
    }

    @Test
    void stepsAlignToTheClinicsLocalClockNotToUtc() {
        Scenario scenario = new Scenario().minutes(30, 0, 60);
        scenario.zone = ZoneId.of("Asia/Kolkata");
        scenario.clinicOpen = spans("03:40", "06:30");

        // 10:00 and 11:00 in Kolkata (UTC+05:30); a UTC grid would have offered 04:00, 05:00 and 06:00.
        assertEquals(times("04:30", "05:30"), scenario.starts());
    }

    @Test
    void aRepeatedFallBackHourOffersItsGridTimesTwice() {
        Scenario scenario = new Scenario().minutes(30, 0, 90);
        scenario.zone = ZoneId.of("America/New_York");
        scenario.range = new Interval(Instant.parse("2026-11-01T04:00:00Z"), Instant.parse("2026-11-01T10:00:00Z"));
        scenario.clinicOpen = List.of(scenario.range);
        scenario.providers(provider(ALICE, scenario.clinicOpen));

        // Local 00:00 EDT, 01:30 EDT, 01:30 EST, 03:00 EST, 04:30 EST.
        assertEquals(instants("2026-11-01T04:00:00Z", "2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z",
                "2026-11-01T08:00:00Z", "2026-11-01T09:30:00Z"), startInstants(scenario.find()));
    }

    @Test
    void aSpringForwardGapHasNoGridTimes() {
        Scenario scenario = new Scenario().minutes(30, 0, 90);
        scenario.zone = ZoneId.of("America/New_York");
        scenario.range = new Interval(Instant.parse("2026-03-08T05:00:00Z"), Instant.parse("2026-03-08T10:00:00Z"));
        scenario.clinicOpen = List.of(scenario.range);
        scenario.providers(provider(ALICE, scenario.clinicOpen));

        // Local 00:00 EST, 01:30 EST, then 03:00 EDT straight after the jump, 04:30 EDT.
        assertEquals(instants("2026-03-08T05:00:00Z", "2026-03-08T06:30:00Z", "2026-03-08T07:00:00Z",
                "2026-03-08T08:30:00Z"), startInstants(scenario.find()));
    }

    @Test
    void aBusyIntervalBlocksExactlyTheStartsThatOverlapIt() {
        Scenario scenario = new Scenario().providers(provider(ALICE, spans("09:00", "12:00"), span("10:00", "10:30")));

        assertEquals(times("09:00", "10:30", "10:45", "11:00"), scenario.starts());
    }

    @Test
    void touchingBusyIntervalsDoNotBlock() {
        Scenario scenario = new Scenario().minutes(60, 15, 60)
                .providers(provider(ALICE, spans("09:00", "12:00"), span("08:00", "09:00"), span("10:15", "11:00")));

        assertEquals(times("09:00", "11:00"), scenario.starts());
    }

    @Test
    void theBufferBlocksAStartWhoseTurnoverWouldRunIntoBusyTime() {
        Scenario withoutBuffer = new Scenario();
        withoutBuffer.clinicOpen = spans("08:00", "12:00");
        withoutBuffer.providers(provider(ALICE, spans("08:00", "12:00"), span("10:00", "11:00")));
        Scenario withBuffer = new Scenario().minutes(60, 15, 15);
        withBuffer.clinicOpen = withoutBuffer.clinicOpen;
        withBuffer.providers = withoutBuffer.providers;

        assertEquals(times("08:00", "08:15", "08:30", "08:45", "09:00", "11:00"), withoutBuffer.starts());
        assertEquals(times("08:00", "08:15", "08:30", "08:45", "11:00"), withBuffer.starts());
    }

    @Test
    void theBufferMayRunPastClosingAndIsNotPartOfTheSlot() {
        Scenario scenario = new Scenario().minutes(60, 30, 15);
        scenario.clinicOpen = spans("09:00", "10:00");

        assertEquals(List.of(slot("09:00", "10:00", ALICE, ROOM_1)), scenario.find());
    }

    @Test
    void theFirstFreeRoomInTheGivenOrderIsChosen() {
        Scenario scenario = new Scenario().minutes(60, 0, 60)
                .rooms(room(ROOM_1, span("09:00", "10:00")), room(ROOM_2));

        assertEquals(List.of(slot("09:00", "10:00", ALICE, ROOM_2), slot("10:00", "11:00", ALICE, ROOM_1),
                slot("11:00", "12:00", ALICE, ROOM_1)), scenario.find());
    }

    @Test
    void aRoomMustBeFreeForTheBufferToo() {
        Scenario scenario = new Scenario().minutes(60, 15, 60)
                .rooms(room(ROOM_1, span("10:00", "10:30")), room(ROOM_2, span("10:45", "12:00")));

        assertEquals(List.of(slot("09:00", "10:00", ALICE, ROOM_2), slot("11:00", "12:00", ALICE, ROOM_1)),
                scenario.find());
    }

    @Test
    void noFreeRoomMeansNoSlotAtThatStart() {
        Scenario scenario = new Scenario().minutes(60, 0, 60)
                .rooms(room(ROOM_1, span("09:00", "10:00")), room(ROOM_2, span("08:00", "10:30")));

        assertEquals(List.of(slot("10:00", "11:00", ALICE, ROOM_1), slot("11:00", "12:00", ALICE, ROOM_1)),
                scenario.find());
    }

    @Test
    void noRoomsMeansNoSlots() {
        assertEquals(List.of(), new Scenario().rooms().find());
    }

    @Test
    void thePrescriberMustBeOnSiteForTheWholeLength() {
        Scenario scenario = new Scenario().minutes(60, 0, 30);
        scenario.prescriberOnSite = spans("09:00", "10:30");

        assertEquals(times("09:00", "09:30"), scenario.starts());
    }

    @Test
    void prescriberRostersThatTouchCoverAcrossTheSeam() {
        Scenario scenario = new Scenario().minutes(60, 0, 30);
        scenario.prescriberOnSite = spans("10:00", "12:00", "09:00", "10:00");

        assertEquals(times("09:00", "09:30", "10:00", "10:30", "11:00"), scenario.starts());
    }

    @Test
    void noPrescriberNeededOrNoneRostered() {
        Scenario notNeeded = new Scenario().minutes(60, 0, 60);
        Scenario noneRostered = new Scenario().minutes(60, 0, 60);
        noneRostered.prescriberOnSite = List.of();

        assertEquals(times("09:00", "10:00", "11:00"), notNeeded.starts());
        assertEquals(List.of(), noneRostered.find());
    }

    @Test
    void thePatientsOtherAppointmentsBlockTheSlotButNotItsBuffer() {
        Scenario scenario = new Scenario().minutes(60, 30, 30);
        scenario.patientBusy = spans("10:00", "10:30");

        assertEquals(times("09:00", "10:30", "11:00"), scenario.starts());
    }

    @Test
    void theProviderMustBeOnDutyForTheWholeLength() {
        Scenario scenario = new Scenario().minutes(60, 0, 30)
                .providers(provider(ALICE, spans("09:00", "10:30", "11:00", "11:30")));

        assertEquals(times("09:00", "09:30"), scenario.starts());
    }

    @Test
    void closedTimeIsNeverOffered() {
        Scenario scenario = new Scenario().minutes(60, 0, 30);
        scenario.clinicOpen = spans("09:00", "10:00", "11:00", "12:00");

        assertEquals(times("09:00", "11:00"), scenario.starts());
    }

    @Test
    void slotsComeOutByStartThenInTheProvidersOrder() {
        Scenario scenario = new Scenario().minutes(60, 0, 30)
                .providers(provider(ALICE, spans("10:00", "12:00")), provider(BOB, spans("09:00", "12:00")));

        assertEquals(List.of(slot("09:00", "10:00", BOB, ROOM_1), slot("09:30", "10:30", BOB, ROOM_1),
                slot("10:00", "11:00", ALICE, ROOM_1), slot("10:00", "11:00", BOB, ROOM_1),
                slot("10:30", "11:30", ALICE, ROOM_1), slot("10:30", "11:30", BOB, ROOM_1),
                slot("11:00", "12:00", ALICE, ROOM_1), slot("11:00", "12:00", BOB, ROOM_1)), scenario.find());
    }

    @Test
    void theLimitKeepsTheEarliestAcrossProviders() {
        Scenario scenario = new Scenario().minutes(60, 0, 30)
                .providers(provider(ALICE, spans("10:00", "12:00")), provider(BOB, spans("09:00", "12:00")));
        scenario.limit = 4;

        assertEquals(List.of(slot("09:00", "10:00", BOB, ROOM_1), slot("09:30", "10:30", BOB, ROOM_1),
                slot("10:00", "11:00", ALICE, ROOM_1), slot("10:00", "11:00", BOB, ROOM_1)), scenario.find());
        scenario.limit = 1;
        assertEquals(List.of(slot("09:00", "10:00", BOB, ROOM_1)), scenario.find());
    }

    @Test
    void theLimitMustBePositive() {
        Scenario scenario = new Scenario();
        scenario.limit = 0;

        assertEquals("limit must be at least 1",
                assertThrows(IllegalArgumentException.class, scenario::find).getMessage());
    }

    @Test
    void startsLieWithinTheRangeUpToBothEdges() {
        Scenario scenario = new Scenario().minutes(30, 15, 15);
        scenario.range = span("09:15", "10:45");

        assertEquals(times("09:15", "09:30", "09:45", "10:00", "10:15"), scenario.starts());
    }

    @Test
    void aRangeStartingOffTheGridStartsAtTheNextStep() {
        Scenario scenario = new Scenario().minutes(30, 0, 15);
        scenario.range = span("09:10", "10:00");

        assertEquals(times("09:15", "09:30"), scenario.starts());
    }

    @Test
    void inputListsMustNotHoldNulls() {
        Scenario scenario = new Scenario();
        scenario.providers = Arrays.asList(provider(ALICE, List.of()), null);

        assertEquals("providers must not contain null",
                assertThrows(IllegalArgumentException.class, scenario::find).getMessage());
    }

    static List<Instant> instants(String... instants) {
        return Arrays.stream(instants).map(Instant::parse).toList();
    }

    static List<Instant> startInstants(List<Slot> slots) {
        return slots.stream().map(Slot::start).toList();
    }
}
