package org.carepath.intake.eligibility.domain;

import static org.carepath.intake.eligibility.domain.Decisions.assertCleanlyEligible;
import static org.carepath.intake.eligibility.domain.Decisions.assertDecided;
import static org.carepath.intake.eligibility.domain.Decisions.assertNoReason;
import static org.carepath.intake.eligibility.domain.Decisions.assertOutcome;
import static org.carepath.intake.eligibility.domain.Decisions.assertReason;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Minimum age [S5][S25b] and the young-adult boxed warning [S4][S5]. */
class AgeRuleTest {

    static final LocalDate EIGHTEENTH_BIRTHDAY = Screenings.ASSESSED_ON;

    @ParameterizedTest
    @EnumSource(Route.class)
    void dayBeforeEighteenthBirthdayIsIneligibleOnEveryRoute(Route route) {
        EligibilityDecision decision = Screenings.eligible()
                .bornOn(EIGHTEENTH_BIRTHDAY.minusYears(18).plusDays(1)).decide();

        assertDecided(decision, route, Outcome.INELIGIBLE, "age-under-minimum", Severity.HARD_CONTRAINDICATION);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void eighteenthBirthdayMeetsMinimumAge(Route route) {
        EligibilityDecision decision = Screenings.eligible().bornOn(EIGHTEENTH_BIRTHDAY.minusYears(18)).decide();

        assertOutcome(decision, route, Outcome.ELIGIBLE);
        assertNoReason(decision, route, "age-under-minimum");
    }

    @Test
    void ageCountsOnlyBirthdaysAlreadyReached() {
        Screening screening = Screenings.eligible().bornOn(LocalDate.of(2000, 3, 3)).build();

        assertEquals(25, screening.ageInYears());
    }

    @Test
    void leapDayBirthdayIsReachedOnFirstOfMarchInCommonYears() {
        LocalDate born = LocalDate.of(2008, 2, 29);

        assertOutcome(Screenings.eligible().bornOn(born).assessedOn(LocalDate.of(2026, 2, 28)).decide(), Route.IV,
                Outcome.INELIGIBLE);
        assertOutcome(Screenings.eligible().bornOn(born).assessedOn(LocalDate.of(2026, 3, 1)).decide(), Route.IV,
                Outcome.ELIGIBLE);
    }

    @Test
    void clinicCanRaiseMinimumAge() {
        EligibilityPolicy policy = Policies.defaults().minimumAgeYears(21).build();

        assertDecided(Screenings.eligible().bornOn(Screenings.ASSESSED_ON.minusYears(21).plusDays(1)).decide(policy),
                Route.ORAL, Outcome.INELIGIBLE, "age-under-minimum", Severity.HARD_CONTRAINDICATION);
        assertOutcome(Screenings.eligible().bornOn(Screenings.ASSESSED_ON.minusYears(21)).decide(policy),
                Route.ORAL, Outcome.ELIGIBLE);
    }

    @Test
    void boxedWarningIsAdvisedForEsketamineUpToTwentyFour() {
        EligibilityDecision decision = Screenings.eligible()
                .bornOn(Screenings.ASSESSED_ON.minusYears(25).plusDays(1)).decide();

        assertDecided(decision, Route.ESKETAMINE_INTRANASAL, Outcome.ELIGIBLE, "suicidality-boxed-warning",
                Severity.ADVISORY);
        assertCleanlyEligible(decision, Route.IV);
    }

    @Test
    void boxedWarningStopsAtTwentyFive() {
        EligibilityDecision decision = Screenings.eligible().bornOn(Screenings.ASSESSED_ON.minusYears(25)).decide();

        assertCleanlyEligible(decision, Route.ESKETAMINE_INTRANASAL);
    }

    @Test
    void boxedWarningAgeFollowsPolicy() {
        EligibilityPolicy policy = Policies.defaults().suicidalityWarningMaxAgeYears(30).build();
        EligibilityDecision decision = Screenings.eligible().bornOn(Screenings.ASSESSED_ON.minusYears(30))
                .decide(policy);

        assertReason(decision, Route.ESKETAMINE_INTRANASAL, "suicidality-boxed-warning", Severity.ADVISORY);
    }
}
