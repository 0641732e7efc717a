package org.carepath.outcomes.adverse.domain;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an adverse event is graded: FHIR R4 AdverseEvent severity and outcome, FDA seriousness [S41][S43c]. */
public final class AdverseEventGrading {

    private AdverseEventGrading() {
    }

    @Schema(name = "AdverseEventSeverity")
    public enum Severity { MILD, MODERATE, SEVERE }

    /** FDA criteria; any one makes the event serious [S41]. */
    @Schema(name = "SeriousnessCriterion")
    public enum SeriousnessCriterion {
        DEATH, LIFE_THREATENING, HOSPITALIZATION, PERSISTENT_INCAPACITY, CONGENITAL_ANOMALY, IMPORTANT_MEDICAL_EVENT
    }

    @Schema(name = "AdverseEventOutcome")
    public enum Outcome { RESOLVED, RECOVERING, ONGOING, RESOLVED_WITH_SEQUELAE, FATAL, UNKNOWN }

    @Schema(name = "AdverseEventRelation")
    public enum Relation { RELATED, POSSIBLY_RELATED, UNLIKELY_RELATED, NOT_RELATED, UNKNOWN }

    public static boolean serious(Set<SeriousnessCriterion> criteria) {
        return !criteria.isEmpty();
    }

    /** A fatal outcome is serious by the death criterion; the grading must say so. */
    public static boolean consistent(Set<SeriousnessCriterion> criteria, Outcome outcome) {
        return outcome != Outcome.FATAL || criteria.contains(SeriousnessCriterion.DEATH);
    }
}
