package org.carepath.outcomes.adverse.domain;

import java.util.Set;

/** How an adverse event is graded: FHIR R4 AdverseEvent severity and outcome, FDA seriousness [S41][S43c]. */
public final class AdverseEventGrading {

    private AdverseEventGrading() {
    }

    public enum Severity { MILD, MODERATE, SEVERE }

    /** FDA criteria; any one makes the event serious [S41]. */
    public enum SeriousnessCriterion {
        DEATH, LIFE_THREATENING, HOSPITALIZATION, PERSISTENT_INCAPACITY, CONGENITAL_ANOMALY, IMPORTANT_MEDICAL_EVENT
    }

    public enum Outcome { RESOLVED, RECOVERING, ONGOING, RESOLVED_WITH_SEQUELAE, FATAL, UNKNOWN }

    public enum Relation { RELATED, POSSIBLY_RELATED, UNLIKELY_RELATED, NOT_RELATED, UNKNOWN }

    public static boolean serious(Set<SeriousnessCriterion> criteria) {
        return !criteria.isEmpty();
    }

    /** A fatal outcome is serious by the death criterion; the grading must say so. */
    public static boolean consistent(Set<SeriousnessCriterion> criteria, Outcome outcome) {
        return outcome != Outcome.FATAL || criteria.contains(SeriousnessCriterion.DEATH);
    }
}
