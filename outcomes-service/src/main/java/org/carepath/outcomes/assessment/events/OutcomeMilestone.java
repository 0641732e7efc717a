package org.carepath.outcomes.assessment.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.carepath.outcomes.assessment.domain.Instrument;
import org.carepath.outcomes.assessment.domain.Trajectory;

/** ResponseAchieved, RemissionAchieved and RelapseDetected: the assessment that crossed the line, against baseline. */
public record OutcomeMilestone(UUID patientId, String clinicId, Instrument instrument, UUID assessmentId,
        int baselineTotal, int latestTotal, @Nullable BigDecimal percentChange, OffsetDateTime takenAt) {

    public static final String RESPONSE = "org.carepath.outcomes.ResponseAchieved.v1";
    public static final String REMISSION = "org.carepath.outcomes.RemissionAchieved.v1";
    public static final String RELAPSE = "org.carepath.outcomes.RelapseDetected.v1";

    public static OutcomeMilestone of(UUID patientId, String clinicId, Trajectory trajectory) {
        return new OutcomeMilestone(patientId, clinicId, trajectory.instrument(), trajectory.latestId(),
                trajectory.baselineTotal(), trajectory.latestTotal(), trajectory.percentChange(), trajectory.latestAt());
    }
}
