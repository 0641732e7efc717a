package org.carepath.intake.eligibility.domain;

import static org.carepath.intake.eligibility.domain.Decisions.assertCleanlyEligible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Interaction flags of DOMAIN.md 3.5; they inform the care team and never change an outcome. */
class MedicationFlagTest {

    static List<String> flagCodes(EligibilityDecision decision) {
        return decision.medicationFlags().stream().map(MedicationFlag::code).toList();
    }

    static Stream<Arguments> flagsPerClass() {
        return Stream.of(
                Arguments.of(MedicationClass.OPIOID, List.of("cns-depressant-sedation"), "[S25f][S4a][S8]"),
                Arguments.of(MedicationClass.OTHER_CNS_DEPRESSANT, List.of("cns-depressant-sedation"),
                        "[S25f][S4a][S8]"),
                Arguments.of(MedicationClass.PSYCHOSTIMULANT, List.of("blood-pressure-monitoring"), "[S25f][S4b]"),
                Arguments.of(MedicationClass.MAOI, List.of("blood-pressure-monitoring"), "[S25f][S4b]"),
                Arguments.of(MedicationClass.GLUTAMATE_RELEASE_INHIBITOR, List.of("glutamate-release-inhibitor"),
                        "[S17]"),
                Arguments.of(MedicationClass.CYP2B6_CYP3A4_INDUCER, List.of("cyp-inducer"), "[S17]"),
                Arguments.of(MedicationClass.CYP2B6_CYP3A4_INHIBITOR, List.of("cyp-inhibitor"), "[S17]"),
                Arguments.of(MedicationClass.NASAL_CORTICOSTEROID_OR_DECONGESTANT, List.of("nasal-spray-timing"),
                        "[S12]"),
                Arguments.of(MedicationClass.CONVENTIONAL_ANTIDEPRESSANT, List.of(), ""),
                Arguments.of(MedicationClass.OTHER, List.of(), ""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("flagsPerClass")
    void eachClassRaisesItsFlagWithoutChangingOutcomes(MedicationClass medicationClass, List<String> codes,
            String source) {
        EligibilityDecision decision = Screenings.eligible().taking("drug", medicationClass).decide();

        assertEquals(codes, flagCodes(decision));
        decision.medicationFlags().forEach(flag -> {
            assertEquals(medicationClass, flag.medicationClass());
            assertEquals(source, flag.source());
        });
        for (Route route : Route.values()) {
            assertCleanlyEligible(decision, route);
        }
    }

    @ParameterizedTest(name = "{0} mg/day diazepam-equivalent flagged: {1}")
    @CsvSource({"0, false", "8, false", "8.1, true", "40, true"})
    void benzodiazepineDoseIsFlaggedAboveEightMilligrams(double diazepamEquivalent, boolean flagged) {
        EligibilityDecision decision = Screenings.eligible()
                .taking(new Medication("drug", MedicationClass.BENZODIAZEPINE, diazepamEquivalent)).decide();

        List<String> expected = flagged
                ? List.of("benzodiazepine-sedation", "benzodiazepine-dose-above-threshold")
                : List.of("benzodiazepine-sedation");
        assertEquals(expected, flagCodes(decision));
        assertCleanlyEligible(decision, Route.ESKETAMINE_INTRANASAL);
    }

    @Test
    void benzodiazepineDosesAddUp() {
        EligibilityDecision decision = Screenings.eligible()
                .taking(new Medication("first", MedicationClass.BENZODIAZEPINE, 5.0))
                .taking(new Medication("second", MedicationClass.BENZODIAZEPINE, 4.0))
                .decide();

        assertEquals(List.of("benzodiazepine-sedation", "benzodiazepine-dose-above-threshold"), flagCodes(decision));
    }

    @Test
    void benzodiazepineWithoutRecordedDoseAsksForIt() {
        EligibilityDecision decision = Screenings.eligible().taking("drug", MedicationClass.BENZODIAZEPINE).decide();

        assertEquals(List.of("benzodiazepine-sedation", "benzodiazepine-dose-unknown"), flagCodes(decision));
    }

    @Test
    void knownDosesAboveThresholdAreFlaggedEvenWhenAnotherDoseIsUnknown() {
        EligibilityDecision decision = Screenings.eligible()
                .taking(new Medication("first", MedicationClass.BENZODIAZEPINE, 10.0))
                .taking("second", MedicationClass.BENZODIAZEPINE)
                .decide();

        assertEquals(List.of("benzodiazepine-sedation", "benzodiazepine-dose-above-threshold",
                "benzodiazepine-dose-unknown"), flagCodes(decision));
    }

    @Test
    void benzodiazepineThresholdFollowsPolicy() {
        EligibilityPolicy policy = Policies.defaults().benzodiazepineDiazepamEquivalentMgPerDay(4).build();
        EligibilityDecision decision = Screenings.eligible()
                .taking(new Medication("drug", MedicationClass.BENZODIAZEPINE, 5.0)).decide(policy);

        assertTrue(flagCodes(decision).contains("benzodiazepine-dose-above-threshold"));
        assertTrue(decision.medicationFlags().get(1).action().contains("above 4 mg"));
    }

    @Test
    void nasalSprayTimingIsFlaggedOnlyWhenEsketamineIsRequested() {
        EligibilityDecision ivOnly = Screenings.eligible().routes(Route.IV)
                .taking("spray", MedicationClass.NASAL_CORTICOSTEROID_OR_DECONGESTANT).decide();
        EligibilityDecision withEsketamine = Screenings.eligible().routes(Route.ESKETAMINE_INTRANASAL)
                .taking("spray", MedicationClass.NASAL_CORTICOSTEROID_OR_DECONGESTANT).decide();

        assertEquals(List.of(), flagCodes(ivOnly));
        assertEquals(List.of("nasal-spray-timing"), flagCodes(withEsketamine));
        assertTrue(withEsketamine.medicationFlags().get(0).action().contains("at least 60 minutes"));
    }

    @Test
    void nasalSprayLeadTimeFollowsPolicy() {
        EligibilityPolicy policy = Policies.defaults().nasalSprayLeadMinutes(90).build();
        EligibilityDecision decision = Screenings.eligible()
                .taking("spray", MedicationClass.NASAL_CORTICOSTEROID_OR_DECONGESTANT).decide(policy);

        assertTrue(decision.medicationFlags().get(0).action().contains("at least 90 minutes"));
    }

    @Test
    void oneFlagPerClassInClassOrder() {
        EligibilityDecision decision = Screenings.eligible()
                .taking("stimulant", MedicationClass.PSYCHOSTIMULANT)
                .taking("first opioid", MedicationClass.OPIOID)
                .taking("second opioid", MedicationClass.OPIOID)
                .taking("antidepressant", MedicationClass.MAOI)
                .decide();

        assertEquals(List.of(MedicationClass.MAOI, MedicationClass.PSYCHOSTIMULANT, MedicationClass.OPIOID),
                decision.medicationFlags().stream().map(MedicationFlag::medicationClass).toList());
    }
}
