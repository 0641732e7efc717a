package org.carepath.outcomes.session.domain;

/** What the pre-dose vitals mean for starting the dose (rule 5). */
public enum BpHoldOutcome {
    /** Within the route's limits: dosing may start. */
    CLEAR,
    /** Esketamine above the label/SmPC guide: a prescriber weighs the risk and overrides with a reason [S4b][S3]. */
    OVERRIDE_REQUIRED,
    /** IV/IM/oral above the clinic's do-not-start limit: refused unless a prescriber overrides with a reason [S26]. */
    DO_NOT_START,
    /** The measures the route's limits need were not taken: measure them; no override can replace a reading. */
    VITALS_MISSING
}
