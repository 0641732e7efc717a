package org.carepath.intake.patient.domain;

/** Administrative sex as recorded by the clinic (FHIR administrative-gender values). */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
