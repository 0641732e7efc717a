package org.carepath.scheduling.appointment.domain;

import static org.carepath.platform.domain.Checks.noNulls;
import static org.carepath.platform.domain.Checks.required;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.carepath.platform.domain.Checks;

/**
 * Rule 4 at booking time: a dosing session must fit the plan's sessions per treatment week, the esketamine
 * label's frequency caps [S1][S2][S11] and the clinic's minimum hours between doses.
 */
public final class DosingFrequency {

    /** The esketamine label's weekly caps; a clinic's scheduling policy may only restate or tighten them. */
    public record EsketamineCaps(int inductionWeeks, int perWeekInInduction, int perWeekAfterInduction) {

        /** Twice weekly in weeks 1-4, then at most weekly [S1][S2][S11]. */
        public static final EsketamineCaps LABEL = new EsketamineCaps(4, 2, 1);

        public EsketamineCaps {
            Checks.check(inductionWeeks >= 1, "esketamine induction weeks must be at least 1");
            Checks.check(perWeekInInduction >= 1 && perWeekAfterInduction >= 1,
                    "esketamine weekly caps must be at least 1");
        }
    }

    private DosingFrequency() {
    }

    /** Judged against the label's esketamine caps. */
    public static Optional<FrequencyRefusal> check(PlanSchedule plan, List<Instant> otherSessions, Instant candidate,
            ZoneId zone, int minHoursBetweenDoses) {
        return check(plan, otherSessions, candidate, zone, minHoursBetweenDoses, EsketamineCaps.LABEL);
    }

    /**
     * Judges a candidate session against the patient's other live dosing sessions under the plan.
     *
     * @param otherSessions        starts of the other booked, checked-in or completed sessions (not the one
     *                             being moved)
     * @param zone                 the clinic's zone; treatment weeks run on its local dates
     * @param minHoursBetweenDoses clinic policy; 0 disables the interval rule
     * @param caps                 the clinic's esketamine caps (the label's unless the clinic tightens them)
     * @return the first rule broken, the weekly cap before the interval, or empty when the session may be booked
     */
    public static Optional<FrequencyRefusal> check(PlanSchedule plan, List<Instant> otherSessions, Instant candidate,
            ZoneId zone, int minHoursBetweenDoses, EsketamineCaps caps) {
        required(plan, "plan");
        required(caps, "caps");
        noNulls(required(otherSessions, "otherSessions"), "otherSessions");
        required(candidate, "candidate");
        required(zone, "zone");
        Checks.check(minHoursBetweenDoses >= 0, "minHoursBetweenDoses must not be negative");

        // Week 1 starts on the earliest session's local date, so a session booked before it re-anchors the weeks.
        LocalDate candidateDay = localDate(candidate, zone);
        LocalDate anchor = otherSessions.stream().map(start -> localDate(start, zone)).reduce(candidateDay,
                (a, b) -> a.isBefore(b) ? a : b);
        int week = week(anchor, candidateDay);

        Cap cap = cap(plan, week, caps);
        long sessionsInWeek = 1 + otherSessions.stream().filter(start -> week(anchor, localDate(start, zone)) == week)
                .count();
        if (sessionsInWeek > cap.allowed()) {
            return Optional.of(new FrequencyRefusal(FrequencyRefusal.FREQUENCY_CAP_EXCEEDED, week, cap.allowed(),
                    cap.authority() + " allows at most " + sessions(cap.allowed()) + " in treatment week " + week
                            + " (" + cap.phase() + ")" + cap.sources()));
        }

        Duration minGap = Duration.ofHours(minHoursBetweenDoses);
        boolean tooClose = otherSessions.stream()
                .anyMatch(start -> Duration.between(start, candidate).abs().compareTo(minGap) < 0);
        if (tooClose) {
            return Optional.of(new FrequencyRefusal(FrequencyRefusal.DOSE_INTERVAL_TOO_SHORT, week,
                    minHoursBetweenDoses, "Clinic policy requires at least " + minHoursBetweenDoses
                            + " hours between dosing sessions (treatment week " + week + ")"));
        }
        return Optional.empty();
    }

    private static Cap cap(PlanSchedule plan, int week, EsketamineCaps caps) {
        if (plan.esketamine()) {
            int n = caps.inductionWeeks();
            if (week <= n) {
                return plan.inductionSessionsPerWeek() < caps.perWeekInInduction()
                        ? new Cap(plan.inductionSessionsPerWeek(), "The treatment plan",
                                "esketamine induction, weeks 1–" + n, "")
                        : new Cap(caps.perWeekInInduction(), "Esketamine", "weeks 1–" + n, " [S1][S2][S11]");
            }
            return week <= 2 * n
                    ? new Cap(caps.perWeekAfterInduction(), "Esketamine", "weeks " + (n + 1) + "–" + 2 * n,
                            " [S1][S2][S11]")
                    : new Cap(caps.perWeekAfterInduction(), "Esketamine",
                            "week " + (2 * n + 1) + " on: weekly or every 2 weeks", " [S1][S2][S11]");
        }
        return week <= plan.inductionWeeks()
                ? new Cap(plan.inductionSessionsPerWeek(), "The treatment plan",
                        "induction, weeks 1–" + plan.inductionWeeks(), "")
                : new Cap(1, "The treatment plan", "after the " + plan.inductionWeeks() + "-week induction", "");
    }

    private static LocalDate localDate(Instant start, ZoneId zone) {
        return start.atZone(zone).toLocalDate();
    }

    /** 1-based treatment week of a local date on or after the anchor. */
    private static int week(LocalDate anchor, LocalDate day) {
        return (int) (ChronoUnit.DAYS.between(anchor, day) / 7) + 1;
    }

    private static String sessions(int count) {
        return count + (count == 1 ? " session" : " sessions");
    }

    /** A week's cap with who sets it, the phase it belongs to and the sources for the detail sentence. */
    private record Cap(int allowed, String authority, String phase, String sources) {
    }
}
