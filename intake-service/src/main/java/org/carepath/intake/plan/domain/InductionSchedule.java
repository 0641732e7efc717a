package org.carepath.intake.plan.domain;

import static org.carepath.platform.domain.Checks.check;

/** The acute series: so many sessions a week for so many weeks, starting in week 1. */
public record InductionSchedule(int sessionsPerWeek, int weeks) {

    public InductionSchedule {
        check(sessionsPerWeek > 0, "induction sessionsPerWeek must be more than 0");
        check(weeks > 0, "induction weeks must be more than 0");
    }
}
