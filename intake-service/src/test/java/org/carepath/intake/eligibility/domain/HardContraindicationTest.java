package org.carepath.intake.eligibility.domain;

import static org.carepath.intake.eligibility.domain.Decisions.assertDecided;
import static org.carepath.intake.eligibility.domain.Decisions.assertOutcome;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule 6's hard contraindications [S5][S4b] block every route, whenever they happened. */
class HardContraindicationTest {

    static Stream<Arguments> everyHardContraindicationOnEveryRoute() {
        return Stream.of(
                Arguments.of(HistoryCondition.ANEURYSMAL_VASCULAR_DISEASE, "aneurysmal-vascular-disease"),
                Arguments.of(HistoryCondition.ARTERIOVENOUS_MALFORMATION, "arteriovenous-malformation"),
                Arguments.of(HistoryCondition.INTRACEREBRAL_HEMORRHAGE, "intracerebral-hemorrhage"),
                Arguments.of(HistoryCondition.KETAMINE_HYPERSENSITIVITY, "ketamine-hypersensitivity"))
                .flatMap(pair -> Arrays.stream(Route.values())
                        .map(route -> Arguments.of(pair.get()[0], pair.get()[1], route)));
    }

    @ParameterizedTest(name = "{0} makes {2} ineligible")
    @MethodSource("everyHardContraindicationOnEveryRoute")
    void currentHardContraindicationMakesRouteIneligible(HistoryCondition condition, String code, Route route) {
        EligibilityDecision decision = Screenings.eligible().withCurrent(condition).decide();

        assertDecided(decision, route, Outcome.INELIGIBLE, code, Severity.HARD_CONTRAINDICATION);
    }

    @ParameterizedTest(name = "past {0} still makes {2} ineligible")
    @MethodSource("everyHardContraindicationOnEveryRoute")
    void pastHardContraindicationStillMakesRouteIneligible(HistoryCondition condition, String code, Route route) {
        EligibilityDecision pastDated = Screenings.eligible()
                .withPast(condition, Screenings.ASSESSED_ON.minusYears(10)).decide();
        EligibilityDecision undated = Screenings.eligible().withUndated(condition).decide();

        assertDecided(pastDated, route, Outcome.INELIGIBLE, code, Severity.HARD_CONTRAINDICATION);
        assertDecided(undated, route, Outcome.INELIGIBLE, code, Severity.HARD_CONTRAINDICATION);
    }

    @Test
    void hardContraindicationCitesItsSource() {
        Reason reason = Screenings.eligible().withCurrent(HistoryCondition.ANEURYSMAL_VASCULAR_DISEASE).decide()
                .route(Route.IV).reasons().get(0);

        assertTrue(reason.source().contains("[S5]"));
    }

    @Test
    void hardContraindicationIsNotSoftenedByOtherwisePerfectScreening() {
        EligibilityDecision decision = Screenings.eligible().withCurrent(HistoryCondition.INTRACEREBRAL_HEMORRHAGE)
                .indication(Indication.MDSI).decide();

        assertOutcome(decision, Route.ESKETAMINE_INTRANASAL, Outcome.INELIGIBLE);
    }
}
