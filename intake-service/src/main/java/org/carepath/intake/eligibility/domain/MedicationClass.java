package org.carepath.intake.eligibility.domain;

/** Interaction classes of DOMAIN.md 3.5. */
public enum MedicationClass {
    BENZODIAZEPINE,
    /** Lamotrigine and other glutamate-release inhibitors. */
    GLUTAMATE_RELEASE_INHIBITOR,
    MAOI,
    /** Amphetamines, methylphenidate, modafinil, armodafinil. */
    PSYCHOSTIMULANT,
    OPIOID,
    /** Sedative hypnotics, alcohol and other CNS depressants that are not benzodiazepines or opioids. */
    OTHER_CNS_DEPRESSANT,
    CYP2B6_CYP3A4_INDUCER,
    CYP2B6_CYP3A4_INHIBITOR,
    CONVENTIONAL_ANTIDEPRESSANT,
    NASAL_CORTICOSTEROID_OR_DECONGESTANT,
    OTHER
}
