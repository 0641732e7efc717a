package org.carepath.intake.eligibility.domain;

/** How the drug is given. Each requested route is decided on its own because its rules and sources differ. */
public enum Route {
    /** Esketamine nasal device (Spravato), under its label and REMS. */
    ESKETAMINE_INTRANASAL,
    /** Racemic ketamine infusion (off-label). */
    IV,
    /** Racemic ketamine intramuscular injection (off-label). */
    IM,
    /** Racemic ketamine by mouth, including sublingual troches and lozenges (off-label). */
    ORAL
}
