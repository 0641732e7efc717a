package org.carepath.outcomes.assessment.domain;

/**
 * Whether a trajectory may claim response, remission, relapse, worsening or an MCID. Why: each is a change from the
 * state before treatment, so it needs a score before the first dose and one after it; a later score stands in for
 * neither (a first score after the dose would understate the change and claim response too early).
 */
public enum Assessability {
    /** A score at or before the first dose is the baseline and a later score was taken after the dose. */
    ASSESSABLE,
    /** No dose yet: the baseline shown is the latest score, which becomes the baseline if the next event is a dose. */
    NO_DOSE_YET,
    /** Dosed, but no score of this instrument was taken at or before the first dose. */
    NO_PRE_DOSE_BASELINE,
    /** Dosed with a baseline, but no score of this instrument since the first dose. */
    NO_SCORE_SINCE_FIRST_DOSE
}
