package org.carepath.outcomes.assessment.domain;

import static org.carepath.platform.domain.Checks.check;

/** When PHQ-9 is due: before each dosing session and weekly while a patient is in active treatment. */
public record AssessmentSchedulePolicy(
        boolean phq9BeforeEachSession, // default true: symptom scores tracked at every session [S11][S48]
        int preSessionWindowHours, // default 24, UNVERIFIED: a PHQ-9 this recent counts as "before the session"
        int weeklyIntervalDays, // default 7: weekly PHQ-9 during induction (clinic practice) [S1][S11]
        int activeTreatmentDays) { // default 28: induction is 4 weeks; no dose for this long ends the weekly schedule [S1]

    public AssessmentSchedulePolicy {
        check(preSessionWindowHours >= 1 && preSessionWindowHours <= 168, "pre-session-window-hours must be 1 to 168");
        check(weeklyIntervalDays >= 1 && weeklyIntervalDays <= 90, "weekly-interval-days must be 1 to 90");
        check(activeTreatmentDays >= 1 && activeTreatmentDays <= 365, "active-treatment-days must be 1 to 365");
    }

    public static AssessmentSchedulePolicy defaults() {
        return new AssessmentSchedulePolicy(true, 24, 7, 28);
    }
}
