package org.carepath.intake.eligibility.domain;

import static org.carepath.intake.eligibility.domain.Decisions.assertDecided;
import static org.carepath.intake.eligibility.domain.Decisions.assertNoReason;
import static org.carepath.intake.eligibility.domain.Screenings.ASSESSED_ON;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Active substance use needs sign-off unless abstinent for the policy's months [S25c2][S4a]. */
class SubstanceUseRuleTest {

    static final HistoryCondition SUD = HistoryCondition.SUBSTANCE_USE_DISORDER;

    static Stream<Arguments> lastUseBeforeAbstinenceBoundary() {
        return Stream.of(
                Arguments.of("11 months ago", ASSESSED_ON.minusMonths(11)),
                Arguments.of("a day short of 12 months ago", ASSESSED_ON.minusMonths(12).plusDays(1)),
                Arguments.of("yesterday", ASSESSED_ON.minusDays(1)));
    }

    static Stream<Arguments> lastUseAtOrAfterAbstinenceBoundary() {
        return Stream.of(
                Arguments.of("exactly 12 months ago", ASSESSED_ON.minusMonths(12)),
                Arguments.of("13 months ago", ASSESSED_ON.minusMonths(13)),
                Arguments.of("10 years ago", ASSESSED_ON.minusYears(10)));
    }

    @ParameterizedTest(name = "last use {0} is active")
    @MethodSource("lastUseBeforeAbstinenceBoundary")
    void useWithinAbstinencePeriodRequiresSignOffOnEveryRoute(String label, LocalDate lastUse) {
        EligibilityDecision decision = Screenings.eligible().withPast(SUD, lastUse).decide();

        for (Route route : Route.values()) {
            assertDecided(decision, route, Outcome.REVIEW_REQUIRED, "substance-use-disorder-active",
                    Severity.REQUIRES_SIGN_OFF);
        }
    }

    @ParameterizedTest(name = "last use {0} is in remission")
    @MethodSource("lastUseAtOrAfterAbstinenceBoundary")
    void abstinenceOfTwelveMonthsLeavesAnAdvisory(String label, LocalDate lastUse) {
        EligibilityDecision decision = Screenings.eligible().withPast(SUD, lastUse).decide();

        for (Route route : Route.values()) {
            assertDecided(decision, route, Outcome.ELIGIBLE, "substance-use-disorder-in-remission",
                    Severity.ADVISORY);
            assertNoReason(decision, route, "substance-use-disorder-active");
        }
    }

    @Test
    void unrecordedLastUseCountsAsActive() {
        EligibilityDecision decision = Screenings.eligible().withUndated(SUD).decide();

        assertDecided(decision, Route.ORAL, Outcome.REVIEW_REQUIRED, "substance-use-disorder-active",
                Severity.REQUIRES_SIGN_OFF);
    }

    @Test
    void anyActiveEntryOutweighsAnOldOne() {
        EligibilityDecision decision = Screenings.eligible()
                .withPast(SUD, ASSESSED_ON.minusYears(5))
                .withPast(SUD, ASSESSED_ON.minusMonths(2))
                .decide();

        assertDecided(decision, Route.IV, Outcome.REVIEW_REQUIRED, "substance-use-disorder-active",
                Severity.REQUIRES_SIGN_OFF);
        assertNoReason(decision, Route.IV, "substance-use-disorder-in-remission");
    }

    @Test
    void abstinencePeriodFollowsPolicy() {
        EligibilityPolicy twoYears = Policies.defaults().substanceUseAbstinenceMonths(24).build();

        assertDecided(Screenings.eligible().withPast(SUD, ASSESSED_ON.minusMonths(23)).decide(twoYears), Route.IV,
                Outcome.REVIEW_REQUIRED, "substance-use-disorder-active", Severity.REQUIRES_SIGN_OFF);
        assertDecided(Screenings.eligible().withPast(SUD, ASSESSED_ON.minusMonths(24)).decide(twoYears), Route.IV,
                Outcome.ELIGIBLE, "substance-use-disorder-in-remission", Severity.ADVISORY);
    }
}
