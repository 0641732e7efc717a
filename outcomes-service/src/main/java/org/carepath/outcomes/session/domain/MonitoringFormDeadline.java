package org.carepath.outcomes.session.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

import java.time.LocalDate;

/**
 * When a session's REMS Patient Monitoring Form is due (rule 3), so that clinics are warned before they miss it.
 * Dates are calendar days in the clinic's zone: due {@code monitoringFormDueDays} after the treatment date (still on
 * time that day) [S8][S9], alert from {@code monitoringFormAlertDay} after it.
 */
public record MonitoringFormDeadline(LocalDate treatmentDate, LocalDate alertOn, LocalDate dueOn) {

    public MonitoringFormDeadline {
        required(treatmentDate, "treatmentDate");
        required(alertOn, "alertOn");
        required(dueOn, "dueOn");
        check(alertOn.isAfter(treatmentDate) && !alertOn.isAfter(dueOn),
                "alertOn must be after treatmentDate and at most dueOn");
    }

    public static MonitoringFormDeadline of(LocalDate treatmentDate, SessionPolicy policy) {
        required(treatmentDate, "treatmentDate");
        required(policy, "policy");
        return new MonitoringFormDeadline(treatmentDate, treatmentDate.plusDays(policy.monitoringFormAlertDay()),
                treatmentDate.plusDays(policy.monitoringFormDueDays()));
    }

    /**
     * The status on {@code today}.
     *
     * @param submittedOn the day the form was submitted, null when it has not been; a later day than today is not
     *     yet a submission
     */
    public MonitoringFormStatus status(LocalDate today, LocalDate submittedOn) {
        required(today, "today");
        check(!today.isBefore(treatmentDate), "today must not be before treatmentDate");
        check(submittedOn == null || !submittedOn.isBefore(treatmentDate),
                "submittedOn must not be before treatmentDate");
        if (submittedOn != null && !submittedOn.isAfter(today)) {
            return MonitoringFormStatus.SUBMITTED;
        }
        if (today.isAfter(dueOn)) {
            return MonitoringFormStatus.OVERDUE;
        }
        return today.isBefore(alertOn) ? MonitoringFormStatus.DUE : MonitoringFormStatus.ALERT;
    }
}
