package org.carepath.outcomes.session.domain;

/** How fast staff must act on a session safety signal; the names match the safety-alert levels consumers read. */
public enum SignalLevel {
    /** Act now, at the bedside. */
    URGENT,
    /** A clinician reviews the patient promptly. */
    HIGH,
    /** Closer observation and a clinician informed. */
    MODERATE
}
