package org.carepath.intake.plan.domain;

import java.math.BigDecimal;

import org.carepath.intake.eligibility.domain.Indication;

/** Patient facts for plan checks. */
final class Patients {

    static final BigDecimal WEIGHT_KG = new BigDecimal("70");

    private Patients() {
    }

    /** A 40-year-old with TRD weighing 70 kg. */
    static PatientFacts adult() {
        return new PatientFacts(40, WEIGHT_KG, Indication.TRD);
    }

    static PatientFacts aged(int years) {
        return new PatientFacts(years, WEIGHT_KG, Indication.TRD);
    }

    static PatientFacts with(Indication indication) {
        return new PatientFacts(40, WEIGHT_KG, indication);
    }

    static PatientFacts unweighed() {
        return new PatientFacts(40, null, Indication.TRD);
    }
}
