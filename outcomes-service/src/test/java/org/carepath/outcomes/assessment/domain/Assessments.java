package org.carepath.outcomes.assessment.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Scored assessments on a timeline counted in days from a fixed morning. */
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
        return new Assessment(UUID.randomUUID(), takenAt, Forms.score(instrument, Forms.totalling(instrument, total)));
    }

    static Assessment phq9(int day, int total) {
        return on(day, Instrument.PHQ_9, total);
    }

    static Assessment madrs(int day, int total) {
        return on(day, Instrument.MADRS, total);
    }
}
