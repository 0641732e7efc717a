package org.carepath.outcomes.assessment.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Scores on a timeline counted in days from a fixed morning, the first dose's in most tests. */
final class Assessments {

    static final OffsetDateTime DAY_0 = OffsetDateTime.parse("2025-03-03T09:00:00+01:00");

    private Assessments() {
    }

    static OffsetDateTime day(int day) {
        return DAY_0.plusDays(day);
    }

    static Assessment on(int day, Instrument instrument, int total) {
        return at(day(day), instrument, total);
    }

    static Assessment at(OffsetDateTime takenAt, Instrument instrument, int total) {
        return new Assessment(UUID.randomUUID(), takenAt, instrument, total, Assessment.Origin.ASSESSMENT);
    }

    /** A baseline total from intake's screening, taken on that day. */
    static Assessment screening(int day, Instrument instrument, int total) {
        return new Assessment(UUID.randomUUID(), day(day), instrument, total, Assessment.Origin.SCREENING);
    }

    static Assessment phq9(int day, int total) {
        return on(day, Instrument.PHQ_9, total);
    }

    static Assessment madrs(int day, int total) {
        return on(day, Instrument.MADRS, total);
    }
}
