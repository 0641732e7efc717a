package org.carepath.outcomes.assessment.events;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Channel;
import org.carepath.outcomes.assessment.domain.Band;
import org.carepath.outcomes.assessment.domain.Flag;
import org.carepath.outcomes.assessment.domain.Instrument;
import org.carepath.outcomes.assessment.persistence.AssessmentEntity;

/** {@code org.carepath.outcomes.AssessmentScored.v1}: the score, not the answers; the band as code and wording. */
public record AssessmentScored(UUID assessmentId, UUID patientId, String clinicId, Instrument instrument,
        String version, @Nullable Integer total, @Nullable Band band, @Nullable String bandLabel, Set<Flag> flags,
        boolean prorated, OffsetDateTime takenAt, Channel channel, @Nullable UUID dosingSessionId) {

    public static final String TYPE = "org.carepath.outcomes.AssessmentScored.v1";

    public static AssessmentScored of(AssessmentEntity a) {
        return new AssessmentScored(a.id, a.patientId, a.clinicId, a.instrument, a.version, a.total, a.band,
                a.bandLabel(), a.flags, a.prorated, a.takenAt, a.channel, a.dosingSessionId);
    }
}
