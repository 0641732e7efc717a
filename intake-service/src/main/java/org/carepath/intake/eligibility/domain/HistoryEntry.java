package org.carepath.intake.eligibility.domain;

import static org.carepath.platform.domain.Checks.required;

import java.time.LocalDate;

/**
 * One coded history item. {@code lastOccurred} is when the condition last happened (null when not recorded);
 * {@code current} means it is present now, which for a dated rule counts as happening today.
 */
public record HistoryEntry(HistoryCondition condition, LocalDate lastOccurred, boolean current) {

    public HistoryEntry {
        required(condition, "condition");
    }

    /** Whether the condition is current or last happened on or after {@code since}. */
    public boolean occurredOnOrAfter(LocalDate since) {
        return current || (lastOccurred != null && !lastOccurred.isBefore(since));
    }

    /** Neither current nor dated: a rule with a time window cannot place it. */
    public boolean undated() {
        return !current && lastOccurred == null;
    }
}
