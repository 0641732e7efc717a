package org.carepath.outcomes.assessment.domain;

import static org.carepath.platform.domain.Checks.required;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One scored assessment of a patient and when it was taken. Why: a trajectory needs the time and the id of each
 * score to pick a baseline around the first dose and to say which assessments it compared.
 *
 * @param takenAt with the offset where it was taken: relapse spacing counts calendar days at that offset
 */
public record Assessment(UUID id, OffsetDateTime takenAt, Score score) {

    public Assessment {
        required(id, "assessment id");
        required(takenAt, "assessment time");
        required(score, "assessment score");
    }
}
