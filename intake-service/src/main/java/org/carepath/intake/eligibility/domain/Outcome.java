package org.carepath.intake.eligibility.domain;

/** Eligibility of one route. Declared from least to most restrictive: a route takes its most restrictive reason's. */
public enum Outcome {
    ELIGIBLE,
    REVIEW_REQUIRED,
    INELIGIBLE
}
