package org.carepath.scheduling.appointment.domain;

import static org.carepath.platform.domain.Checks.check;

/**
 * The part of an approved treatment plan that dosing appointments must respect, so booking can refuse a
 * session the plan or the esketamine label does not allow.
 *
 * @param esketamine               true for intranasal esketamine, whose label caps frequency by treatment week
 * @param inductionSessionsPerWeek planned induction sessions a week, 1..7
 * @param inductionWeeks           length of the induction, at least 1 week
 * @param maintenanceIntervalWeeks weeks between maintenance sessions, or null when the plan has no maintenance
 */
public record PlanSchedule(boolean esketamine, int inductionSessionsPerWeek, int inductionWeeks,
        Integer maintenanceIntervalWeeks) {

    public PlanSchedule {
        check(inductionSessionsPerWeek >= 1 && inductionSessionsPerWeek <= 7,
                "inductionSessionsPerWeek must be between 1 and 7");
        check(inductionWeeks >= 1, "inductionWeeks must be at least 1");
        check(maintenanceIntervalWeeks == null || maintenanceIntervalWeeks >= 1,
                "maintenanceIntervalWeeks must be at least 1");
    }
}
