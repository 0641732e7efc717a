package org.carepath.intake.patient.domain;

/** Pregnancy matters to eligibility: esketamine is not recommended in pregnancy (DOMAIN.md 3.2). */
public enum PregnancyStatus {
    PREGNANT, NOT_PREGNANT, NOT_APPLICABLE, UNKNOWN
}
