package org.carepath.outcomes.assessment.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One total score of a patient on an instrument and when it was taken: a form scored here, or a baseline total
 * taken at intake's screening. Why: a trajectory needs the time and the id of each score to pick the baseline before
 * the first dose and to say which scores it compared, wherever they were taken.
 *
 * @param id the assessment's id, or for a screening score the screening's id
 * @param takenAt with the offset where it was taken: relapse spacing counts calendar days at that offset
 */
public record Assessment(UUID id, OffsetDateTime takenAt, Instrument instrument, int total, Origin origin) {

    /** Where a score was taken: a form recorded with outcomes, or intake's screening before treatment. */
    public enum Origin {
        ASSESSMENT, SCREENING
    }

    public Assessment {
        required(id, "assessment id");
        required(takenAt, "assessment time");
        required(instrument, "assessment instrument");
        required(origin, "assessment origin");
        check(instrument.hasTotal(), "an assessment in a trajectory needs an instrument with a total");
        check(total >= instrument.totalMin() && total <= instrument.totalMax(),
                "assessment total must be within the instrument's range");
    }
}
