package org.carepath.scheduling.appointment.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a plan's induction schedule into its series of occurrences on free slots, spread evenly over each week,
 * so an approved plan can be booked in one step and any session that finds no slot is reported.
 */
public final class SeriesPlanner {

    private static final int DAYS_PER_WEEK = 7;

    private SeriesPlanner() {
    }

    /**
     * Plans {@code sessionsPerWeek × weeks} occurrences. Occurrence k of a week targets day floor(k·7/n) of it and
     * may move to a later day before the next occurrence's target (the week's end for the last one).
     *
     * @param firstFreeOn the caller's first free slot on a day, after its own gates; called in chronological
     *                    order of days, at most once per day
     * @return every occurrence in order, unplaced ones with a null slot and a reason
     */
    public static <S> List<Occurrence<S>> plan(LocalDate firstDay, int sessionsPerWeek, int weeks,
            Function<LocalDate, Optional<S>> firstFreeOn) {
        required(firstDay, "firstDay");
        check(sessionsPerWeek >= 1 && sessionsPerWeek <= DAYS_PER_WEEK, "sessionsPerWeek must be between 1 and 7");
        check(weeks >= 1, "weeks must be at least 1");
        required(firstFreeOn, "firstFreeOn");

        List<Occurrence<S>> series = new ArrayList<>(sessionsPerWeek * weeks);
        for (int week = 1; week <= weeks; week++) {
            LocalDate weekStart = firstDay.plusDays((long) DAYS_PER_WEEK * (week - 1));
            // Targets rise by at least one day, so the windows [target k, target k+1) are disjoint and ordered:
            // occurrences never share a day, keep their order, and each day is asked about once.
            for (int k = 0; k < sessionsPerWeek; k++) {
                LocalDate target = weekStart.plusDays(offset(k, sessionsPerWeek));
                LocalDate windowEnd = weekStart.plusDays(offset(k + 1, sessionsPerWeek));
                S slot = firstFree(target, windowEnd, firstFreeOn).orElse(null);
                series.add(slot == null ? Occurrence.unplaced(series.size() + 1, week, target)
                        : Occurrence.placed(series.size() + 1, week, target, slot));
            }
        }
        return List.copyOf(series);
    }

    /** Day offset within the week of occurrence k of n; offset(n, n) is the week's length. */
    private static int offset(int k, int n) {
        return k * DAYS_PER_WEEK / n;
    }

    private static <S> Optional<S> firstFree(LocalDate from, LocalDate until,
            Function<LocalDate, Optional<S>> firstFreeOn) {
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            Optional<S> slot = required(firstFreeOn.apply(day), "firstFreeOn result");
            if (slot.isPresent()) {
                return slot;
            }
        }
        return Optional.empty();
    }

    /**
     * One session of a planned series, so the caller can book the placed ones and show which could not be placed.
     *
     * @param number         1-based position in the series
     * @param week           1-based week of the series
     * @param targetDay      the day the even spread aims for; the slot may fall on a later day of its window
     * @param slot           the caller's slot, or null when none was free
     * @param unplacedReason {@link #NO_FREE_SLOT_IN_WEEK} when unplaced, otherwise null
     */
    public record Occurrence<S>(int number, int week, LocalDate targetDay, S slot, String unplacedReason) {

        public static final String NO_FREE_SLOT_IN_WEEK = "no-free-slot-in-week";

        public Occurrence {
            check(number >= 1, "number must be at least 1");
            check(week >= 1, "week must be at least 1");
            required(targetDay, "targetDay");
            check((slot == null) != (unplacedReason == null), "an occurrence has either a slot or an unplaced reason");
        }

        static <S> Occurrence<S> placed(int number, int week, LocalDate targetDay, S slot) {
            return new Occurrence<>(number, week, targetDay, slot, null);
        }

        static <S> Occurrence<S> unplaced(int number, int week, LocalDate targetDay) {
            return new Occurrence<>(number, week, targetDay, null, NO_FREE_SLOT_IN_WEEK);
        }
    }
}
