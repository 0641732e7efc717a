package org.carepath.outcomes.assessment.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.carepath.outcomes.assessment.domain.Instrument;
import org.carepath.outcomes.assessment.persistence.AssessmentDueEntity;

/** {@code org.carepath.outcomes.AssessmentDue.v1}: the patient app reminds the patient. */
public record AssessmentDue(UUID dueId, UUID patientId, String clinicId, Instrument instrument, String reason,
        OffsetDateTime dueAt) {

    public static final String TYPE = "org.carepath.outcomes.AssessmentDue.v1";

    public static AssessmentDue of(AssessmentDueEntity due) {
        return new AssessmentDue(due.id, due.patientId, due.clinicId, due.instrument, due.reason.name(), due.dueAt);
    }
}
