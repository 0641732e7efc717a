package org.carepath.intake.referral.domain;

/** Why a patient is referred for ketamine or esketamine treatment (DOMAIN.md 1.1, 1.2, 3.4). */
public enum Diagnosis {
    /** Major depressive disorder. */
    MDD,
    /** Treatment-resistant depression: no response to at least two adequate antidepressant trials. */
    TRD,
    /** MDD with acute suicidal ideation or behavior. */
    MDSI,
    PTSD,
    ANXIETY_DISORDER,
    BIPOLAR_DEPRESSION,
    CHRONIC_PAIN,
    OTHER
}
