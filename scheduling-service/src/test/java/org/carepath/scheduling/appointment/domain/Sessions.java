package org.carepath.scheduling.appointment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Session starts on clinic-local days counted from a fixed first day, and the refusals they produce. */
final class Sessions {

    static final ZoneId CLINIC_ZONE = ZoneId.of("America/Los_Angeles");
    /** A Monday well away from the daylight-saving changes. */
    static final LocalDate DAY_0 = LocalDate.of(2026, 4, 6);

    static final PlanSchedule ESKETAMINE_TWICE_WEEKLY = new PlanSchedule(true, 2, 4, 2);
    static final PlanSchedule IV_THREE_WEEKLY_FOR_TWO_WEEKS = new PlanSchedule(false, 3, 2, null);

    private Sessions() {
    }

    /** 10:00 clinic time on the given day after {@link #DAY_0}. */
    static Instant day(int day) {
        return at(day, 10, 0);
    }

    static Instant at(int day, int hour, int minute) {
        return DAY_0.plusDays(day).atTime(LocalTime.of(hour, minute)).atZone(CLINIC_ZONE).toInstant();
    }

    /** The session on day 0 that anchors week 1, plus {@code count} sessions on days 0, 2, 4... of the week. */
    static List<Instant> anchorAnd(int week, int count) {
        List<Instant> sessions = new ArrayList<>();
        int weekStart = 7 * (week - 1);
        if (week > 1) {
            sessions.add(day(0));
        }
        for (int i = 0; i < count; i++) {
            sessions.add(day(weekStart + 2 * i));
        }
        return sessions;
    }

    /** The last day of the given week, free of the days {@link #anchorAnd} uses. */
    static Instant lastDayOf(int week) {
        return day(7 * week - 1);
    }

    static Optional<FrequencyRefusal> check(PlanSchedule plan, List<Instant> others, Instant candidate) {
        return DosingFrequency.check(plan, others, candidate, CLINIC_ZONE, 0);
    }
}
