package org.carepath.intake.eligibility.domain;

import static org.carepath.intake.eligibility.domain.Decisions.assertCleanlyEligible;
import static org.carepath.intake.eligibility.domain.Decisions.assertDecided;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Label warnings (3.2) and clinic exclusions (3.3) that need prescriber sign-off on every route. */
class RelativeContraindicationTest {

    static Stream<Arguments> signOffConditions() {
        return Stream.of(
                Arguments.of(HistoryCondition.PSYCHOSIS, "psychosis-history"),
                Arguments.of(HistoryCondition.MANIA, "mania-history"),
                Arguments.of(HistoryCondition.PREGNANCY, "pregnancy"),
                Arguments.of(HistoryCondition.BREAST_FEEDING, "breast-feeding"),
                Arguments.of(HistoryCondition.SEIZURE_DISORDER, "seizure-disorder"),
                Arguments.of(HistoryCondition.RAISED_INTRACRANIAL_PRESSURE, "raised-intracranial-pressure"),
                Arguments.of(HistoryCondition.ACUTE_HEAD_OR_EYE_TRAUMA, "acute-head-or-eye-trauma"),
                Arguments.of(HistoryCondition.RAISED_INTRAOCULAR_PRESSURE, "raised-intraocular-pressure"),
                Arguments.of(HistoryCondition.UNCONTROLLED_HYPERTENSION, "uncontrolled-hypertension"),
                Arguments.of(HistoryCondition.UNSTABLE_ANGINA, "unstable-angina"),
                Arguments.of(HistoryCondition.UNCONTROLLED_ATRIAL_FIBRILLATION, "uncontrolled-atrial-fibrillation"),
                Arguments.of(HistoryCondition.PROLONGED_QT, "prolonged-qt"),
                Arguments.of(HistoryCondition.SEVERE_HEART_DISEASE, "severe-heart-disease"),
                Arguments.of(HistoryCondition.SEVERE_LUNG_DISEASE, "severe-lung-disease"),
                Arguments.of(HistoryCondition.SEVERE_LIVER_DISEASE, "severe-liver-disease"),
                Arguments.of(HistoryCondition.HEPATIC_IMPAIRMENT_CHILD_PUGH_C, "hepatic-impairment-child-pugh-c"),
                Arguments.of(HistoryCondition.SUBSTANCE_USE_DISORDER, "substance-use-disorder-active"));
    }

    static Stream<Arguments> signOffConditionsOnEveryRoute() {
        return signOffConditions().flatMap(pair -> Arrays.stream(Route.values())
                .map(route -> Arguments.of(pair.get()[0], pair.get()[1], route)));
    }

    @ParameterizedTest(name = "current {0} puts {2} under review")
    @MethodSource("signOffConditionsOnEveryRoute")
    void currentConditionRequiresSignOff(HistoryCondition condition, String code, Route route) {
        EligibilityDecision decision = Screenings.eligible().withCurrent(condition).decide();

        assertDecided(decision, route, Outcome.REVIEW_REQUIRED, code, Severity.REQUIRES_SIGN_OFF);
    }

    @ParameterizedTest(name = "{0} needs sign-off whenever it happened")
    @CsvSource({
        "PSYCHOSIS, psychosis-history",
        "MANIA, mania-history",
        "SEIZURE_DISORDER, seizure-disorder"})
    void psychiatricAndSeizureHistoryRequiresSignOffEvenWhenPast(HistoryCondition condition, String code) {
        EligibilityDecision decision = Screenings.eligible()
                .withPast(condition, Screenings.ASSESSED_ON.minusYears(15)).decide();

        for (Route route : Route.values()) {
            assertDecided(decision, route, Outcome.REVIEW_REQUIRED, code, Severity.REQUIRES_SIGN_OFF);
        }
    }

    @ParameterizedTest(name = "{0} counts only while current")
    @EnumSource(value = HistoryCondition.class, names = {"PREGNANCY", "BREAST_FEEDING", "RAISED_INTRACRANIAL_PRESSURE",
        "ACUTE_HEAD_OR_EYE_TRAUMA", "RAISED_INTRAOCULAR_PRESSURE", "UNCONTROLLED_HYPERTENSION", "UNSTABLE_ANGINA",
        "UNCONTROLLED_ATRIAL_FIBRILLATION", "PROLONGED_QT", "SEVERE_HEART_DISEASE", "SEVERE_LUNG_DISEASE",
        "SEVERE_LIVER_DISEASE", "HEPATIC_IMPAIRMENT_CHILD_PUGH_C"})
    void resolvedStateDoesNotCount(HistoryCondition condition) {
        EligibilityDecision decision = Screenings.eligible()
                .withPast(condition, Screenings.ASSESSED_ON.minusYears(2))
                .withUndated(condition)
                .decide();

        for (Route route : Route.values()) {
            assertCleanlyEligible(decision, route);
        }
    }

    @ParameterizedTest(name = "{0} explains its rule and cites a source")
    @MethodSource("signOffConditions")
    void signOffReasonCitesSourceAndAsksForSignOff(HistoryCondition condition, String code) {
        Reason reason = Decisions.reason(Screenings.eligible().withCurrent(condition).decide(), Route.ORAL, code)
                .orElseThrow();

        assertTrue(reason.source().matches("(\\[S\\d+[a-z0-9]*\\])+"), reason.source());
        assertTrue(reason.explanation().endsWith("Prescriber sign-off required."), reason.explanation());
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void hypertensiveEncephalopathyHistoryIsAdvisory(Route route) {
        EligibilityDecision decision = Screenings.eligible()
                .withPast(HistoryCondition.HYPERTENSIVE_ENCEPHALOPATHY, Screenings.ASSESSED_ON.minusYears(3)).decide();

        assertDecided(decision, route, Outcome.ELIGIBLE, "hypertensive-encephalopathy-history", Severity.ADVISORY);
    }
}
