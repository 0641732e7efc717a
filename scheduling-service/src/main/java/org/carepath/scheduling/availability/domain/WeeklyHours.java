package org.carepath.scheduling.availability.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.noNulls;
import static org.carepath.platform.domain.Checks.required;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A recurring week of opening or duty hours, resolved into instants per date so DST is handled where it happens.
 * A day may hold several windows (08:00 to 12:00 and 13:00 to 18:00) but they must not overlap.
 */
public record WeeklyHours(List<DailyHours> windows) {

    public WeeklyHours {
        windows = List.copyOf(noNulls(required(windows, "windows"), "windows"));
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                check(!windows.get(i).overlaps(windows.get(j)), "windows of one day must not overlap");
            }
        }
    }

    /** Every window of every date from {@code from} to {@code toInclusive}, in {@code zone}, normalized. */
    public List<Interval> between(ZoneId zone, LocalDate from, LocalDate toInclusive) {
        required(zone, "zone");
        required(from, "from");
        required(toInclusive, "toInclusive");
        check(!toInclusive.isBefore(from), "date range must not end before it starts");
        List<Interval> resolved = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(toInclusive); date = date.plusDays(1)) {
            for (DailyHours window : windows) {
                if (window.day() == date.getDayOfWeek()) {
                    window.on(date, zone).ifPresent(resolved::add);
                }
            }
        }
        return Intervals.normalize(resolved);
    }
}
