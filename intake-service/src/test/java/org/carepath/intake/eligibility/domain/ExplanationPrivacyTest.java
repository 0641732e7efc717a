package org.carepath.intake.eligibility.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reasons and flags travel to partner systems and logs, so they state rules and never patient data. */
class ExplanationPrivacyTest {

    static final LocalDate BIRTH_DATE = LocalDate.of(2009, 7, 23);

    @Test
    void explanationsAndActionsNeverCarryPatientData() {
        Screenings screenings = Screenings.eligible()
                .bornOn(BIRTH_DATE)
                .indication(Indication.TRD)
                .trials(new AntidepressantTrial("Zyxorafine-Rivera", 150, 3, 47.5, true))
                .taking(new Medication("Quellodrin-Alex", MedicationClass.BENZODIAZEPINE, 12.5))
                .taking("Nasoflux-Rivera", MedicationClass.NASAL_CORTICOSTEROID_OR_DECONGESTANT)
                .taking("Stimulax-Rivera", MedicationClass.PSYCHOSTIMULANT)
                .suicideRisk(Screenings.phq9Item9(2))
                .vitals(187, 104, 156)
                .withPast(HistoryCondition.CARDIOVASCULAR_EVENT, LocalDate.of(2026, 2, 11))
                .withPast(HistoryCondition.SUBSTANCE_USE_DISORDER, LocalDate.of(2025, 11, 4));
        for (HistoryCondition condition : HistoryCondition.values()) {
            screenings.withCurrent(condition);
        }
        EligibilityDecision decision = screenings.decide(Policies.eu());

        List<String> texts = new ArrayList<>();
        decision.routes().forEach(route -> route.reasons().forEach(reason -> texts.add(reason.explanation())));
        decision.medicationFlags().forEach(flag -> texts.add(flag.action()));
        assertTrue(texts.size() > 30, "expected nearly every rule to fire, got " + texts.size());

        List<String> patientData = List.of("Zyxorafine", "Quellodrin", "Nasoflux", "Stimulax", "Rivera", "Alex",
                "2009", "07-23", "2026-02-11", "2025-11-04", "187", "104", "156", "47.5", "12.5", "16 years");
        for (String text : texts) {
            for (String datum : patientData) {
                assertFalse(text.contains(datum), () -> "'" + text + "' contains " + datum);
            }
        }
    }
}
