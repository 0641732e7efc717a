package org.carepath.scheduling.availability.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sweeping finder against a deliberately naive one that tries every minute, provider and room, on random
 * calendars: they must agree slot for slot, including across DST changes and non-hour offsets.
 */
class SlotFinderReferenceTest {

    /** A random clinic month: opening hours with closures, rosters, bookings, rooms, prescribers and a patient. */
    record World(SlotRequest request, List<Interval> clinicOpen, List<ProviderCalendar> providers,
            List<RoomCalendar> rooms, List<Interval> prescriberOnSite, List<Interval> patientBusy) {

        static World random(long seed, String zone, LocalDate from, int days, int providers, int rooms,
                int busyPerProvider, int busyPerRoom) {
            Random random = new Random(seed);
            ZoneId zoneId = ZoneId.of(zone);
            LocalDate to = from.plusDays(days - 1);
            Instant start = from.atStartOfDay(zoneId).toInstant();
            Instant end = to.plusDays(1).atStartOfDay(zoneId).toInstant();
            List<DailyHours> opening = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day != DayOfWeek.SUNDAY) {
                    opening.add(new DailyHours(day, LocalTime.of(7, 0), LocalTime.of(12, 0)));
                    opening.add(new DailyHours(day, LocalTime.of(12, 30), LocalTime.of(20, 0)));
                }
            }
            List<Interval> clinicOpen = Intervals.subtract(new WeeklyHours(opening).between(zoneId, from, to),
                    spread(random, start, end, days / 3 + 1, 60, 600));
            List<ProviderCalendar> calendars = new ArrayList<>();
            for (int i = 0; i < providers; i++) {
                int opens = 6 + random.nextInt(4);
                WeeklyHours duty = new WeeklyHours(List.of(
                        new DailyHours(DayOfWeek.of(1 + random.nextInt(7)), LocalTime.of(opens, 0),
                                LocalTime.of(opens + 6 + random.nextInt(6), 30)),
                        new DailyHours(DayOfWeek.of(1 + random.nextInt(7)), LocalTime.of(0, 0), LocalTime.MIDNIGHT),
                        new DailyHours(DayOfWeek.of(1 + random.nextInt(7)), LocalTime.of(8, 15),
                                LocalTime.of(17, 45))).stream().filter(firstOnItsDay()).toList());
                List<Interval> onDuty = Intervals.subtract(duty.between(zoneId, from, to),
                        spread(random, start, end, 2, 240, 2880));
                calendars.add(new ProviderCalendar(new UUID(0, i), onDuty,
                        spread(random, start, end, busyPerProvider, 10, 180)));
            }
            List<RoomCalendar> roomCalendars = new ArrayList<>();
            for (int i = 0; i < rooms; i++) {
                roomCalendars.add(new RoomCalendar(new UUID(1, i), spread(random, start, end, busyPerRoom, 10, 240)));
            }
            List<Interval> prescribers = random.nextBoolean() ? null
                    : Intervals.subtract(List.of(new Interval(start, end)), spread(random, start, end, days, 30, 300));
            SlotRequest request = new SlotRequest(new Interval(start.plusSeconds(60L * random.nextInt(600)), end),
                    Duration.ofMinutes(30 + 15 * random.nextInt(12)), Duration.ofMinutes(5 * random.nextInt(7)),
                    Duration.ofMinutes(List.of(5, 15, 20, 30, 45, 60).get(random.nextInt(6))), zoneId);
            return new World(request, clinicOpen, calendars, roomCalendars, prescribers,
                    spread(random, start, end, days / 2, 30, 300));
        }

        /** Windows are drawn on random days and may collide, so keep only the first of each day. */
        private static Predicate<DailyHours> firstOnItsDay() {
            Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
            return window -> seen.add(window.day());
        }

        /** Unsorted, possibly overlapping intervals at arbitrary minutes. */
        private static List<Interval> spread(Random random, Instant start, Instant end, int count, int minMinutes,
                int maxMinutes) {
            long minutes = Duration.between(start, end).toMinutes();
            List<Interval> intervals = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Instant from = start.plusSeconds(60 * (long) random.nextInt((int) minutes));
                intervals.add(new Interval(from,
                        from.plusSeconds(60L * (minMinutes + random.nextInt(maxMinutes - minMinutes + 1)))));
            }
            return intervals;
        }

        List<Slot> find(int limit) {
            return SlotFinder.find(request, clinicOpen, providers, rooms, prescriberOnSite, patientBusy, limit);
        }

        /** Every minute of the range, every provider, every room, every interval: no sweeping, no skipping. */
        List<Slot> naive() {
            List<Slot> slots = new ArrayList<>();
            long step = request.step().toSeconds();
            for (Instant start = request.range().start(); !start.plus(request.length()).isAfter(request.range().end());
                    start = start.plusSeconds(60)) {
                if (start.atZone(request.zone()).toLocalTime().toSecondOfDay() % step != 0) {
                    continue;
                }
                Interval appointment = new Interval(start, start.plus(request.length()));
                Interval withBuffer = new Interval(start, appointment.end().plus(request.buffer()));
                for (ProviderCalendar provider : providers) {
                    if (!coveredBy(clinicOpen, appointment) || !coveredBy(provider.onDuty(), appointment)
                            || (prescriberOnSite != null && !coveredBy(prescriberOnSite, appointment))
                            || anyOverlap(patientBusy, appointment) || anyOverlap(provider.busy(), withBuffer)) {
                        continue;
                    }
                    rooms.stream().filter(room -> !anyOverlap(room.busy(), withBuffer)).findFirst()
                            .ifPresent(room -> slots.add(new Slot(appointment.start(), appointment.end(),
                                    provider.providerId(), room.roomId())));
                }
            }
            return slots;
        }

        private static boolean coveredBy(List<Interval> intervals, Interval interval) {
            return Intervals.normalize(intervals).stream().anyMatch(part -> part.contains(interval));
        }

        private static boolean anyOverlap(List<Interval> intervals, Interval interval) {
            return intervals.stream().anyMatch(part -> part.overlaps(interval));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "1, UTC, 2026-06-01",
            "2, Asia/Kolkata, 2026-06-01",
            "3, America/New_York, 2026-03-06",
            "4, America/New_York, 2026-10-30",
            "5, Europe/Berlin, 2026-03-27",
            "6, Europe/Berlin, 2026-10-23",
            "7, Australia/Lord_Howe, 2026-04-03",
            "8, Asia/Kathmandu, 2026-01-01"})
    void agreesWithTheNaiveFinderSlotForSlot(long seed, String zone, LocalDate from) {
        World world = World.random(seed, zone, from, 7, 6, 3, 12, 10);
        List<Slot> expected = world.naive();

        assertFalse(expected.isEmpty());
        assertEquals(expected, world.find(Integer.MAX_VALUE));
        int limit = expected.size() / 3 + 1;
        assertEquals(expected.subList(0, limit), world.find(limit));
    }

    @ParameterizedTest
    @CsvSource({"11, America/New_York, 2026-10-15", "12, Asia/Kolkata, 2026-06-01"})
    void aMonthOfFiftyProvidersIsQuickAndStillRight(long seed, String zone, LocalDate from) {
        World world = World.random(seed, zone, from, 31, 50, 12, 30, 60);
        List<Slot> expected = world.naive();

        List<Slot> found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> world.find(Integer.MAX_VALUE));
        assertEquals(expected, found);
        assertEquals(expected.subList(0, 20), assertTimeoutPreemptively(Duration.ofMillis(500), () -> world.find(20)));
    }
}
