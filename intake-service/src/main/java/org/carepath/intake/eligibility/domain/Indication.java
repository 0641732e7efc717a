package org.carepath.intake.eligibility.domain;

/** What the patient is referred for. */
public enum Indication {
    /** Treatment-resistant depression. */
    TRD,
    /** Major depressive disorder with acute suicidal ideation or behavior. */
    MDSI,
    /** Major depressive disorder not meeting the TRD definition. */
    MDD,
    PTSD,
    ANXIETY,
    BIPOLAR_DEPRESSION,
    CHRONIC_PAIN,
    OTHER;

    /** Esketamine is labelled for TRD and MDSI only [S1][S14]. */
    boolean esketamineLabelled() {
        return this == TRD || this == MDSI;
    }
}
