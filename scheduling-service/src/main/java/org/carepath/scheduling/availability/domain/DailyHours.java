package org.carepath.scheduling.availability.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * One weekly window of local wall-clock time, so hours are kept as people state them and resolved per date.
 * {@code closes} of 00:00 means until the end of the day, so 00:00 to 00:00 is the whole day.
 */
public record DailyHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    public DailyHours {
        required(day, "day");
        required(opens, "opens");
        required(closes, "closes");
        check(closes.equals(LocalTime.MIDNIGHT) || closes.isAfter(opens), "hours must close after they open");
    }

    boolean overlaps(DailyHours other) {
        return day == other.day && opens.toNanoOfDay() < other.closingNanoOfDay()
                && other.opens.toNanoOfDay() < closingNanoOfDay();
    }

    /**
     * This window on {@code date} in {@code zone}, with {@link ZonedDateTime#of} semantics: a time in a
     * spring-forward gap moves forward by the gap, one in a fall-back overlap takes the earlier offset. Empty when
     * the gap leaves nothing, as 02:30 to 03:00 on a day whose clocks jump from 02:00 to 03:00.
     */
    Optional<Interval> on(LocalDate date, ZoneId zone) {
        Instant start = ZonedDateTime.of(date, opens, zone).toInstant();
        Instant end = closes.equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(date, closes, zone).toInstant();
        return start.isBefore(end) ? Optional.of(new Interval(start, end)) : Optional.empty();
    }

    private long closingNanoOfDay() {
        return closes.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : closes.toNanoOfDay();
    }
}
