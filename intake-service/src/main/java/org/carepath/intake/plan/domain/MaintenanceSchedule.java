package org.carepath.intake.plan.domain;

import static org.carepath.platform.domain.Checks.check;

/** After induction, one session every {@code intervalWeeks} weeks until the plan is completed or discontinued. */
public record MaintenanceSchedule(int intervalWeeks) {

    public MaintenanceSchedule {
        check(intervalWeeks > 0, "maintenance intervalWeeks must be more than 0");
    }
}
