package org.carepath.intake.eligibility.domain;

/** Coded medical and psychiatric history that screening records (DOMAIN.md 3.1 to 3.3). */
public enum HistoryCondition {
    /** Psychosis or schizophrenia, history or current. */
    PSYCHOSIS,
    MANIA,
    /** Substance use disorder, alcohol included; the entry's date is the last use. */
    SUBSTANCE_USE_DISORDER,
    /** Thoracic or abdominal aorta, intracranial or peripheral arteries. */
    ANEURYSMAL_VASCULAR_DISEASE,
    ARTERIOVENOUS_MALFORMATION,
    INTRACEREBRAL_HEMORRHAGE,
    /** Hypersensitivity to esketamine, ketamine or their excipients. */
    KETAMINE_HYPERSENSITIVITY,
    /** Myocardial infarction or stroke; the entry's date is when it happened. */
    CARDIOVASCULAR_EVENT,
    UNCONTROLLED_HYPERTENSION,
    HYPERTENSIVE_ENCEPHALOPATHY,
    UNSTABLE_ANGINA,
    UNCONTROLLED_ATRIAL_FIBRILLATION,
    PROLONGED_QT,
    SEVERE_HEART_DISEASE,
    SEVERE_LUNG_DISEASE,
    SEVERE_LIVER_DISEASE,
    HEPATIC_IMPAIRMENT_CHILD_PUGH_C,
    /** Seizure disorder or epilepsy. */
    SEIZURE_DISORDER,
    RAISED_INTRACRANIAL_PRESSURE,
    ACUTE_HEAD_OR_EYE_TRAUMA,
    RAISED_INTRAOCULAR_PRESSURE,
    PREGNANCY,
    BREAST_FEEDING
}
