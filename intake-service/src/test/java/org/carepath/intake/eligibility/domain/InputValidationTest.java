package org.carepath.intake.eligibility.domain;

import static org.carepath.intake.eligibility.domain.Screenings.ASSESSED_ON;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invalid input is refused with IllegalArgumentException, so the edge can answer 400. */
class InputValidationTest {

    static Screening screening(LocalDate dateOfBirth, Set<Route> routes, Indication indication) {
        return new Screening(dateOfBirth, ASSESSED_ON, routes, indication, List.of(), List.of(), List.of(),
                Screenings.noRisk(), null, null, null);
    }

    @Test
    void dateOfBirthAfterAssessmentIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Screenings.eligible().bornOn(ASSESSED_ON.plusDays(1)).build());
    }

    @Test
    void bornOnAssessmentDayIsAgeZeroNotAnError() {
        assertDoesNotThrow(() -> Screenings.eligible().bornOn(ASSESSED_ON).build());
    }

    static final LocalDate ADULT = ASSESSED_ON.minusYears(30);

    @Test
    void requiredScreeningFieldsAreRefusedWhenMissing() {
        assertThrows(IllegalArgumentException.class, () -> screening(null, Set.of(Route.IV), Indication.TRD));
        assertThrows(IllegalArgumentException.class, () -> screening(ADULT, Set.of(), Indication.TRD));
        assertThrows(IllegalArgumentException.class, () -> screening(ADULT, null, Indication.TRD));
        assertThrows(IllegalArgumentException.class, () -> screening(ADULT, Set.of(Route.IV), null));
        assertThrows(IllegalArgumentException.class, () -> new Screening(ADULT, ASSESSED_ON,
                Set.of(Route.IV), Indication.TRD, List.of(), List.of(), List.of(), null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Screening(ADULT, ASSESSED_ON,
                Set.of(Route.IV), Indication.TRD, null, List.of(), List.of(), Screenings.noRisk(), null, null, null));
    }

    @Test
    void nullListElementsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Screening(ADULT, ASSESSED_ON,
                Set.of(Route.IV), Indication.TRD, Arrays.asList((HistoryEntry) null), List.of(), List.of(),
                Screenings.noRisk(), null, null, null));
    }

    @Test
    void historyDatedAfterAssessmentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Screenings.eligible()
                .withPast(HistoryCondition.CARDIOVASCULAR_EVENT, ASSESSED_ON.plusDays(1)).build());
    }

    @Test
    void historyEntryNeedsCondition() {
        assertThrows(IllegalArgumentException.class, () -> new HistoryEntry(null, ASSESSED_ON, false));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void nonPositiveVitalsAreRefused(int value) {
        assertThrows(IllegalArgumentException.class, () -> Screenings.eligible().vitals(value, null, 70).build());
        assertThrows(IllegalArgumentException.class, () -> Screenings.eligible().vitals(120, value, 70).build());
        assertThrows(IllegalArgumentException.class, () -> Screenings.eligible().vitals(120, 80, value).build());
    }

    @Test
    void diastolicNotBelowSystolicIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Screenings.eligible().vitals(90, 90, 70).build());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 100.1, Double.NaN})
    void improvementOutsideZeroToHundredIsRefused(double improvementPercent) {
        assertThrows(IllegalArgumentException.class,
                () -> new AntidepressantTrial("drug", 100, 6, improvementPercent, true));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 100})
    void improvementAtZeroAndHundredIsAccepted(double improvementPercent) {
        assertDoesNotThrow(() -> new AntidepressantTrial("drug", 100, 6, improvementPercent, true));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -2})
    void nonPositiveTrialWeeksAreRefused(int weeks) {
        assertThrows(IllegalArgumentException.class, () -> new AntidepressantTrial("drug", 100, weeks, 10, true));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -5, Double.POSITIVE_INFINITY})
    void nonPositiveTrialDoseIsRefused(double doseMg) {
        assertThrows(IllegalArgumentException.class, () -> new AntidepressantTrial("drug", doseMg, 6, 10, true));
    }

    @Test
    void trialNeedsDrug() {
        assertThrows(IllegalArgumentException.class, () -> new AntidepressantTrial(" ", 100, 6, 10, true));
        assertThrows(IllegalArgumentException.class, () -> new AntidepressantTrial(null, 100, 6, 10, true));
    }

    @Test
    void negativeDiazepamEquivalentIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Medication("drug", MedicationClass.BENZODIAZEPINE, -0.5));
        assertThrows(IllegalArgumentException.class,
                () -> new Medication("drug", MedicationClass.BENZODIAZEPINE, Double.NaN));
    }

    @Test
    void diazepamEquivalentOnNonBenzodiazepineIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Medication("drug", MedicationClass.OPIOID, 5.0));
    }

    @Test
    void medicationNeedsNameAndClass() {
        assertThrows(IllegalArgumentException.class, () -> new Medication("", MedicationClass.OPIOID, null));
        assertThrows(IllegalArgumentException.class, () -> new Medication("drug", null, null));
    }

    @Test
    void reasonCodeMustBeKebabCase() {
        assertThrows(IllegalArgumentException.class,
                () -> new Reason("Not_Kebab", Severity.ADVISORY, "[S1]", "rule"));
        assertThrows(IllegalArgumentException.class,
                () -> new MedicationFlag("trailing-", MedicationClass.OPIOID, "act", "[S1]"));
    }

    @Test
    void engineNeedsScreeningAndPolicy() {
        assertThrows(IllegalArgumentException.class,
                () -> EligibilityEngine.decide(null, EligibilityPolicy.defaults()));
        assertThrows(IllegalArgumentException.class,
                () -> EligibilityEngine.decide(Screenings.eligible().build(), null));
    }
}
