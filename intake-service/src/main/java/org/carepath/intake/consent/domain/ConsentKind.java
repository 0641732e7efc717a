package org.carepath.intake.consent.domain;

/** What a patient consents to (DOMAIN.md 1.1 stage 3, 7.2). */
public enum ConsentKind {
    /** Risks, benefits, the monitoring requirement and the no-driving rule of the treatment. */
    TREATMENT,
    /** The SPRAVATO REMS Patient Enrollment Form, signed by patient and prescriber before the first dose [S7]. */
    REMS_PATIENT_ENROLLMENT,
    /** Notice of privacy practices acknowledged. */
    PRIVACY,
    /** Use of de-identified data in research. */
    RESEARCH,
    /** 42 CFR Part 2: disclosure of substance-use-disorder records for treatment, payment and operations [S47]. */
    SUD_RECORDS_DISCLOSURE;

    /** The REMS form carries both signatures. */
    public boolean needsPrescriberSignature() {
        return this == REMS_PATIENT_ENROLLMENT;
    }
}
