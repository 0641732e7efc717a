package org.carepath.outcomes.session.domain;

/** Where a session's REMS Patient Monitoring Form stands against its deadline (rule 3). */
public enum MonitoringFormStatus {
    /** Not yet submitted; the alert day has not come. */
    DUE,
    /** Not yet submitted; the alert day has come and the due date has not passed. */
    ALERT,
    /** Not submitted by the due date. */
    OVERDUE,
    /** Submitted. */
    SUBMITTED
}
