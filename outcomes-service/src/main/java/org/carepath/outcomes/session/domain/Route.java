package org.carepath.outcomes.session.domain;

/** How the dose was given. Monitoring and discharge rules differ by route because their sources differ. */
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
