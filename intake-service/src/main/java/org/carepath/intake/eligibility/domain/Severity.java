package org.carepath.intake.eligibility.domain;

/** How much a reason weighs. Declared from the weightiest down, the order reasons are listed in. */
public enum Severity {
    /** A contraindication that makes the route ineligible. */
    HARD_CONTRAINDICATION(Outcome.INELIGIBLE),
    /** A required eligibility criterion (such as TRD evidence) is not met: ineligible until it is. */
    CRITERION_NOT_MET(Outcome.INELIGIBLE),
    /** Positive suicide-risk screen: an urgent clinician review before anything else. */
    URGENT(Outcome.REVIEW_REQUIRED),
    /** A relative contraindication: a prescriber must sign off, with a reason, before treatment. */
    REQUIRES_SIGN_OFF(Outcome.REVIEW_REQUIRED),
    /** Worth knowing; does not change the outcome. */
    ADVISORY(Outcome.ELIGIBLE);

    private final Outcome outcome;

    Severity(Outcome outcome) {
        this.outcome = outcome;
    }

    /** The outcome a route has at most, if this were its only reason. */
    public Outcome outcome() {
        return outcome;
    }
}
