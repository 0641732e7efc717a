package org.carepath.outcomes.assessment.domain;

/**
 * The stable code of a severity band, C-SSRS risk level or MOAA/S level. Why: clients and analytics switch on the
 * code; the wording shown on screen is the instrument's label for it ({@link Instrument#bandLabel(Band)}), which may
 * differ between instruments that share a code (PHQ-9 "minimal/none", GAD-7 "minimal").
 */
public enum Band {
    NONE,
    MINIMAL,
    NORMAL,
    LOW,
    MILD,
    MODERATE,
    MODERATELY_SEVERE,
    SEVERE,
    VERY_SEVERE,
    HIGH,
    /** MOAA/S 5. */
    RESPONDS_READILY,
    /** MOAA/S 4. */
    LETHARGIC_RESPONSE,
    /** MOAA/S 3. */
    RESPONDS_TO_LOUD_NAME,
    /** MOAA/S 2. */
    RESPONDS_TO_PRODDING,
    /** MOAA/S 1. */
    RESPONDS_TO_PAIN_ONLY,
    /** MOAA/S 0. */
    NO_RESPONSE
}
