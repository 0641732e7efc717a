package org.carepath.scheduling.appointment.domain;

import static org.carepath.platform.domain.Checks.check;

/**
 * How long each kind of appointment takes and how bookings behave, per clinic. {@link #defaults()} holds the
 * suite's values (DOMAIN.md where it has one); configuration and the clinic's stored overrides replace them one
 * by one. Monitoring of esketamine can be lengthened, never shortened below the REMS minimum.
 */
public record SchedulingPolicy(
        int consultationMinutes, // default 60: evaluation by a prescriber [S24][S48]
        int screeningMinutes, // default 90: history, questionnaires, vitals, physical exam for IV/IM [S24][S25c][S48]
        int esketamineAdministrationMinutes, // default 20: up to 3 devices with a 5-minute rest after each [S1][S11]
        int esketamineMonitoringMinutes, // default 120, never less: REMS monitoring of at least 2 hours [S4][S5][S9]
        int ivInfusionMinutes, // default 40: conventional infusion length [S15]
        int ivRecoveryMinutes, // default 60: BP/HR back to baseline within ~1.5 h of the start [S19][S20][S21]
        int imSessionMinutes, // default 90: onset ~5 min, effect ~60 min, then recovery [S15][S48b]
        int oralSessionMinutes, // default 180: oral/sublingual KAP sessions last 2.5-3 h [S48b][S48c]
        int integrationMinutes, // default 60: an integration therapy session [S48]
        int followUpMinutes, // default 30: follow-up / reassessment visit
        int dosingBufferMinutes, // default 15: chair turnover after a dosing session (clinic practice)
        int visitBufferMinutes, // default 0: no turnover needed after a talk-only visit
        int slotStepMinutes, // default 15: availability offers starts on the quarter hour
        int holdMinutes, // default 10: how long a patient app's picked slot is held before confirmation
        int lateCancellationHours, // default 24: a cancellation closer to the start is flagged late
        int checkInOpensMinutesBefore, // default 60: earliest check-in before the start
        int esketamineInductionWeeks, // default 4: induction is treatment weeks 1-4 [S1][S2][S11]
        int esketamineMaxSessionsPerWeekInInduction, // default 2: twice weekly in weeks 1-4 [S1][S2][S11]
        int esketamineMaxSessionsPerWeekAfterInduction, // default 1: weekly from week 5, weekly or every 2 weeks from week 9 [S1][S2][S11]
        int esketamineMinHoursBetweenDoses, // default 24, UNVERIFIED: the label gives no hour-based gap; one dose a day [S25e]
        int maxSearchDays) { // default 31: widest availability search in one request

    public static final int REMS_MINIMUM_MONITORING_MINUTES = 120;

    public SchedulingPolicy {
        check(esketamineMonitoringMinutes >= REMS_MINIMUM_MONITORING_MINUTES,
                "esketamine-monitoring-minutes must be at least " + REMS_MINIMUM_MONITORING_MINUTES + " (REMS)");
        for (int minutes : new int[] {consultationMinutes, screeningMinutes, esketamineAdministrationMinutes,
                ivInfusionMinutes, imSessionMinutes, oralSessionMinutes, integrationMinutes, followUpMinutes}) {
            check(minutes > 0 && minutes <= 12 * 60, "appointment durations must be between 1 and 720 minutes");
        }
        for (int minutes : new int[] {ivRecoveryMinutes, dosingBufferMinutes, visitBufferMinutes}) {
            check(minutes >= 0 && minutes <= 12 * 60, "recovery and buffer minutes must be between 0 and 720");
        }
        check(slotStepMinutes > 0 && 1440 % slotStepMinutes == 0, "slot-step-minutes must divide a day evenly");
        check(holdMinutes >= 1 && holdMinutes <= 60, "hold-minutes must be between 1 and 60");
        check(lateCancellationHours >= 0, "late-cancellation-hours must not be negative");
        check(checkInOpensMinutesBefore >= 0, "check-in-opens-minutes-before must not be negative");
        check(esketamineInductionWeeks > 0, "esketamine-induction-weeks must be more than 0");
        check(esketamineMaxSessionsPerWeekInInduction > 0 && esketamineMaxSessionsPerWeekInInduction <= 7,
                "esketamine-max-sessions-per-week-in-induction must be between 1 and 7");
        check(esketamineMaxSessionsPerWeekAfterInduction > 0
                && esketamineMaxSessionsPerWeekAfterInduction <= esketamineMaxSessionsPerWeekInInduction,
                "esketamine-max-sessions-per-week-after-induction must be between 1 and the induction cap");
        check(esketamineMinHoursBetweenDoses >= 0, "esketamine-min-hours-between-doses must not be negative");
        check(maxSearchDays > 0 && maxSearchDays <= 92, "max-search-days must be between 1 and 92");
    }

    public static SchedulingPolicy defaults() {
        return new SchedulingPolicy(60, 90, 20, 120, 40, 60, 90, 180, 60, 30, 15, 0, 15, 10, 24, 60, 4, 2, 1, 24, 31);
    }
}
