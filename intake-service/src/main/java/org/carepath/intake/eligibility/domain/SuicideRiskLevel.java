package org.carepath.intake.eligibility.domain;

/** Suicide-risk level from PHQ-9 item 9 and the C-SSRS screener (DOMAIN.md 4.6, rule 9). */
public enum SuicideRiskLevel {
    /** Neither PHQ-9 item 9 nor any C-SSRS question was answered. */
    NOT_SCREENED,
    NONE,
    /** C-SSRS Q1 or Q2 only. */
    LOW,
    /** C-SSRS Q3, or suicidal behavior ever but not in the past 3 months: moderate-risk task. */
    MODERATE,
    /** PHQ-9 item 9 of 1 or more, C-SSRS Q4 or Q5, or suicidal behavior in the past 3 months: urgent task. */
    HIGH
}
