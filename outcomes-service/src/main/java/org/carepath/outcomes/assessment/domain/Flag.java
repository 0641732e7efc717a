package org.carepath.outcomes.assessment.domain;

/** What a score signals beyond its band. Why: safety routing and follow-up tasks key on flags, not on totals. */
public enum Flag {
    /** PHQ-9 item 9 endorsed; C-SSRS Q4 or Q5 yes (past month); C-SSRS Q6 yes within 3 months (rule 9). */
    SUICIDE_RISK_URGENT,
    /** C-SSRS Q3 yes, or Q6 yes in the lifetime only, and nothing urgent (rule 9). */
    SUICIDE_RISK_MODERATE,
    /** PHQ-9 total at or above the referral cut-off. */
    PHQ9_REFERRAL_CUTOFF,
    /** GAD-7 total at or above the referral cut-off. */
    GAD7_REFERRAL_CUTOFF,
    /** PCL-5 total at or above the probable-PTSD cut-off. */
    PCL5_PROBABLE_PTSD,
    /** PCL-5 items meet the DSM-5 cluster rule (at least 1 B, 1 C, 2 D and 2 E items endorsed). */
    PCL5_PROVISIONAL_DIAGNOSIS,
    /** MOAA/S at or below the meaningful-sedation level. */
    MEANINGFUL_SEDATION,
    /** MOAA/S 0: no response to a painful trapezius squeeze. */
    LOSS_OF_CONSCIOUSNESS,
    /** The form had unanswered items and its total was prorated under the clinic's policy (rule 8). */
    INCOMPLETE_PRORATED
}
