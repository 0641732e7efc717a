package org.carepath.scheduling.appointment.domain;

import static org.carepath.scheduling.appointment.domain.InputValidationTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.carepath.scheduling.appointment.domain.SeriesPlanner.Occurrence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An induction schedule becomes evenly spread occurrences on the first free slot of each day window. */
class SeriesPlannerTest {

    static final LocalDate FIRST_DAY = Sessions.DAY_0;

    /** A day's slot is the day itself; the days given are fully booked. Every call is recorded. */
    static final class Calendar implements Function<LocalDate, Optional<LocalDate>> {

        final Set<Integer> blockedDays;
        final List<Integer> calls = new ArrayList<>();

        Calendar(Set<Integer> blockedDays) {
            this.blockedDays = blockedDays;
        }

        static Calendar open() {
            return new Calendar(Set.of());
        }

        static Calendar blocking(Integer... days) {
            return new Calendar(Set.of(days));
        }

        @Override
        public Optional<LocalDate> apply(LocalDate day) {
            int offset = offset(day);
            calls.add(offset);
            return blockedDays.contains(offset) ? Optional.empty() : Optional.of(day);
        }
    }

    static int offset(LocalDate day) {
        return (int) (day.toEpochDay() - FIRST_DAY.toEpochDay());
    }

    static List<Occurrence<LocalDate>> plan(int perWeek, int weeks, Calendar calendar) {
        return SeriesPlanner.plan(FIRST_DAY, perWeek, weeks, calendar);
    }

    static List<Integer> placedDays(List<Occurrence<LocalDate>> series) {
        return series.stream().filter(occurrence -> occurrence.slot() != null).map(o -> offset(o.slot())).toList();
    }

    static List<Integer> targetDays(List<Occurrence<LocalDate>> series) {
        return series.stream().map(occurrence -> offset(occurrence.targetDay())).toList();
    }

    @Test
    void sixIvInfusionsThreeAWeekForTwoWeeks() {
        List<Occurrence<LocalDate>> series = plan(3, 2, Calendar.open());

        assertEquals(List.of(0, 2, 4, 7, 9, 11), placedDays(series));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), series.stream().map(Occurrence::number).toList());
        assertEquals(List.of(1, 1, 1, 2, 2, 2), series.stream().map(Occurrence::week).toList());
        assertTrue(series.stream().allMatch(occurrence -> occurrence.unplacedReason() == null));
    }

    @Test
    void sixIvInfusionsTwiceAWeekForThreeWeeks() {
        List<Occurrence<LocalDate>> series = plan(2, 3, Calendar.open());

        assertEquals(List.of(0, 3, 7, 10, 14, 17), placedDays(series));
        assertEquals(List.of(1, 1, 2, 2, 3, 3), series.stream().map(Occurrence::week).toList());
    }

    @Test
    void esketamineTwiceWeeklyForFourWeeksIsEightOccurrences() {
        List<Occurrence<LocalDate>> series = plan(2, 4, Calendar.open());

        assertEquals(8, series.size());
        assertEquals(List.of(0, 3, 7, 10, 14, 17, 21, 24), placedDays(series));
    }

    @ParameterizedTest(name = "{0} a week targets {1}")
    @CsvSource(delimiter = ';', value = {"1; 0", "2; 0 3", "3; 0 2 4", "4; 0 1 3 5", "5; 0 1 2 4 5",
            "6; 0 1 2 3 4 5", "7; 0 1 2 3 4 5 6"})
    void targetsSpreadEvenlyOverTheWeek(int perWeek, String offsets) {
        List<Integer> expected = Arrays.stream(offsets.split(" ")).map(Integer::valueOf).toList();

        assertEquals(expected, targetDays(plan(perWeek, 1, Calendar.open())));
    }

    @Test
    void aBlockedTargetDayMovesToTheNextDay() {
        List<Occurrence<LocalDate>> series = plan(2, 1, Calendar.blocking(0));

        assertEquals(List.of(1, 3), placedDays(series));
        assertEquals(List.of(0, 3), targetDays(series));
    }

    @Test
    void anOccurrenceMovesNoFurtherThanTheNextTarget() {
        List<Occurrence<LocalDate>> series = plan(2, 1, Calendar.blocking(0, 1, 2));

        assertNull(series.get(0).slot());
        assertEquals(Occurrence.NO_FREE_SLOT_IN_WEEK, series.get(0).unplacedReason());
        assertEquals(List.of(3), placedDays(series));
    }

    @Test
    void theLastOccurrenceOfAWeekMayMoveToTheWeeksLastDayButNotBeyond() {
        assertEquals(List.of(0, 6, 7, 10), placedDays(plan(2, 2, Calendar.blocking(3, 4, 5))));

        List<Occurrence<LocalDate>> series = plan(2, 2, Calendar.blocking(3, 4, 5, 6));
        assertEquals(List.of(0, 7, 10), placedDays(series));
        assertEquals(Occurrence.NO_FREE_SLOT_IN_WEEK, series.get(1).unplacedReason());
    }

    @Test
    void aWholeBlockedWeekReportsItsOccurrencesAndLaterWeeksAreStillPlaced() {
        Calendar calendar = new Calendar(IntStream.range(7, 14).boxed().collect(Collectors.toSet()));

        List<Occurrence<LocalDate>> series = plan(3, 3, calendar);

        assertEquals(9, series.size());
        List<Occurrence<LocalDate>> unplaced = series.stream().filter(o -> o.slot() == null).toList();
        assertEquals(List.of(4, 5, 6), unplaced.stream().map(Occurrence::number).toList());
        assertEquals(List.of(2, 2, 2), unplaced.stream().map(Occurrence::week).toList());
        assertEquals(List.of(7, 9, 11), targetDays(unplaced));
        assertTrue(unplaced.stream().allMatch(o -> Occurrence.NO_FREE_SLOT_IN_WEEK.equals(o.unplacedReason())));
        assertEquals(List.of(0, 2, 4, 14, 16, 18), placedDays(series));
    }

    @Test
    void theCallerIsAskedAboutEachDayOnceInOrderAndStopsAtTheFirstFreeDay() {
        Calendar calendar = Calendar.blocking(0, 1, 7, 8, 9, 10, 12);

        List<Occurrence<LocalDate>> series = plan(2, 2, calendar);

        assertEquals(List.of(2, 3, 11), placedDays(series));
        assertEquals(List.of(0, 1, 2, 3, 7, 8, 9, 10, 11), calendar.calls);
    }

    @Test
    void anyBlockingKeepsOrderDistinctDaysWindowsAndTheCallContract() {
        Random random = new Random(20260406L);
        for (int round = 0; round < 500; round++) {
            int perWeek = 1 + random.nextInt(7);
            int weeks = 1 + random.nextInt(4);
            Set<Integer> blocked = IntStream.range(0, 7 * weeks).filter(day -> random.nextInt(3) == 0).boxed()
                    .collect(Collectors.toSet());
            Calendar calendar = new Calendar(blocked);

            List<Occurrence<LocalDate>> series = plan(perWeek, weeks, calendar);

            String context = perWeek + "/week x " + weeks + ", blocked " + blocked;
            assertEquals(perWeek * weeks, series.size(), context);
            List<Integer> placed = placedDays(series);
            for (int i = 1; i < placed.size(); i++) {
                assertTrue(placed.get(i) > placed.get(i - 1), "order and distinct days: " + context);
            }
            for (int i = 1; i < calendar.calls.size(); i++) {
                assertTrue(calendar.calls.get(i) > calendar.calls.get(i - 1), "one call a day, in order: " + context);
            }
            for (Occurrence<LocalDate> occurrence : series) {
                int weekStart = 7 * (occurrence.week() - 1);
                assertEquals(occurrence.number(), series.indexOf(occurrence) + 1, context);
                if (occurrence.slot() != null) {
                    int day = offset(occurrence.slot());
                    assertTrue(day >= offset(occurrence.targetDay()) && day < weekStart + 7, context);
                    assertFalse(blocked.contains(day), context);
                }
            }
        }
    }

    @Test
    void planRequiresItsInputs() {
        assertRefused(() -> SeriesPlanner.plan(null, 2, 4, day -> Optional.of(day)), "firstDay is required");
        assertRefused(() -> SeriesPlanner.plan(FIRST_DAY, 0, 4, day -> Optional.of(day)),
                "sessionsPerWeek must be between 1 and 7");
        assertRefused(() -> SeriesPlanner.plan(FIRST_DAY, 8, 4, day -> Optional.of(day)),
                "sessionsPerWeek must be between 1 and 7");
        assertRefused(() -> SeriesPlanner.plan(FIRST_DAY, 2, 0, day -> Optional.of(day)), "weeks must be at least 1");
        assertRefused(() -> SeriesPlanner.plan(FIRST_DAY, 2, 4, null), "firstFreeOn is required");
        assertRefused(() -> SeriesPlanner.plan(FIRST_DAY, 2, 4, day -> null), "firstFreeOn result is required");
    }

    @Test
    void anOccurrenceHasEitherASlotOrAReason() {
        assertRefused(() -> new Occurrence<>(1, 1, FIRST_DAY, "slot", "no-free-slot-in-week"),
                "an occurrence has either a slot or an unplaced reason");
        assertRefused(() -> new Occurrence<>(1, 1, FIRST_DAY, null, null),
                "an occurrence has either a slot or an unplaced reason");
        assertRefused(() -> new Occurrence<>(0, 1, FIRST_DAY, "slot", null), "number must be at least 1");
        assertRefused(() -> new Occurrence<>(1, 0, FIRST_DAY, "slot", null), "week must be at least 1");
        assertRefused(() -> new Occurrence<>(1, 1, null, "slot", null), "targetDay is required");
        assertNull(new Occurrence<>(1, 1, FIRST_DAY, "slot", null).unplacedReason());
    }
}
