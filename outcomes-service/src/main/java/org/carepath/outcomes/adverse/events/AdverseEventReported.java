package org.carepath.outcomes.adverse.events;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.carepath.outcomes.adverse.domain.AdverseEventGrading.Outcome;
import org.carepath.outcomes.adverse.domain.AdverseEventGrading.Relation;
import org.carepath.outcomes.adverse.domain.AdverseEventGrading.SeriousnessCriterion;
import org.carepath.outcomes.adverse.domain.AdverseEventGrading.Severity;
import org.carepath.outcomes.adverse.persistence.AdverseEventEntity;

/** {@code org.carepath.outcomes.AdverseEventReported.v1}, also sent when its outcome is updated. */
public record AdverseEventReported(UUID adverseEventId, UUID patientId, String clinicId, @Nullable UUID sessionId,
        String term, Severity severity, boolean serious, Set<SeriousnessCriterion> seriousnessCriteria,
        Outcome outcome, Relation relationToDose, OffsetDateTime onsetAt, OffsetDateTime at) {

    public static final String TYPE = "org.carepath.outcomes.AdverseEventReported.v1";

    /** @param at when this report (or its update) was made */
    public static AdverseEventReported of(AdverseEventEntity e, OffsetDateTime at) {
        return new AdverseEventReported(e.id, e.patientId, e.clinicId, e.sessionId, e.term, e.severity, e.serious,
                e.seriousnessCriteria, e.outcome, e.relationToDose, e.onsetAt, at);
    }
}
