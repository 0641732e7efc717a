package org.carepath.intake.eligibility.domain;

import static org.carepath.intake.eligibility.domain.Decisions.assertDecided;
import static org.carepath.intake.eligibility.domain.Decisions.assertNoReason;
import static org.carepath.intake.eligibility.domain.Decisions.assertReason;
import static org.carepath.intake.eligibility.domain.Screenings.ASSESSED_ON;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** MI or stroke: EU esketamine window [S3], label benefit-risk [S4b][S2], clinic window for racemic ketamine [S25a]. */
class CardiovascularEventTest {

    static final HistoryCondition EVENT = HistoryCondition.CARDIOVASCULAR_EVENT;
    static final Route ESKETAMINE = Route.ESKETAMINE_INTRANASAL;

    @Test
    void euProfileBlocksEsketamineOnLastDayOfSixWeekWindow() {
        EligibilityDecision decision = Screenings.eligible().withPast(EVENT, ASSESSED_ON.minusDays(42))
                .decide(Policies.eu());

        assertDecided(decision, ESKETAMINE, Outcome.INELIGIBLE, "cardiovascular-event-eu-window",
                Severity.HARD_CONTRAINDICATION);
    }

    @Test
    void euProfileNeedsOnlySignOffForEsketamineDayAfterSixWeekWindow() {
        EligibilityDecision decision = Screenings.eligible().withPast(EVENT, ASSESSED_ON.minusDays(43))
                .decide(Policies.eu());

        assertDecided(decision, ESKETAMINE, Outcome.REVIEW_REQUIRED, "cardiovascular-disease",
                Severity.REQUIRES_SIGN_OFF);
        assertNoReason(decision, ESKETAMINE, "cardiovascular-event-eu-window");
    }

    @Test
    void euProfileBlocksEsketamineForCurrentEvent() {
        EligibilityDecision decision = Screenings.eligible().withCurrent(EVENT).decide(Policies.eu());

        assertDecided(decision, ESKETAMINE, Outcome.INELIGIBLE, "cardiovascular-event-eu-window",
                Severity.HARD_CONTRAINDICATION);
    }

    @Test
    void usProfileNeedsSignOffForEsketamineEvenAfterRecentEvent() {
        EligibilityDecision decision = Screenings.eligible().withPast(EVENT, ASSESSED_ON.minusDays(1)).decide();

        assertDecided(decision, ESKETAMINE, Outcome.REVIEW_REQUIRED, "cardiovascular-disease",
                Severity.REQUIRES_SIGN_OFF);
        assertNoReason(decision, ESKETAMINE, "cardiovascular-event-eu-window");
    }

    @Test
    void esketamineNeedsSignOffForEventsLongAgo() {
        EligibilityDecision decision = Screenings.eligible().withPast(EVENT, ASSESSED_ON.minusYears(8)).decide();

        assertDecided(decision, ESKETAMINE, Outcome.REVIEW_REQUIRED, "cardiovascular-disease",
                Severity.REQUIRES_SIGN_OFF);
    }

    @Test
    void euWindowLengthFollowsPolicy() {
        EligibilityPolicy eightWeeks = Policies.defaults().euProfile(true).euCardiovascularEventWeeks(8).build();

        assertDecided(Screenings.eligible().withPast(EVENT, ASSESSED_ON.minusDays(56)).decide(eightWeeks),
                ESKETAMINE, Outcome.INELIGIBLE, "cardiovascular-event-eu-window", Severity.HARD_CONTRAINDICATION);
        assertNoReason(Screenings.eligible().withPast(EVENT, ASSESSED_ON.minusDays(57)).decide(eightWeeks),
                ESKETAMINE, "cardiovascular-event-eu-window");
    }

    @Test
    void mostRecentOfSeveralEventsDecides() {
        EligibilityDecision decision = Screenings.eligible()
                .withPast(EVENT, ASSESSED_ON.minusYears(3))
                .withPast(EVENT, ASSESSED_ON.minusDays(10))
                .decide(Policies.eu());

        assertDecided(decision, ESKETAMINE, Outcome.INELIGIBLE, "cardiovascular-event-eu-window",
                Severity.HARD_CONTRAINDICATION);
        assertDecided(decision, Route.IV, Outcome.REVIEW_REQUIRED, "recent-cardiovascular-event",
                Severity.REQUIRES_SIGN_OFF);
    }

    @Test
    void undatedEventUnderEuProfileNeedsSignOffNotBlock() {
        EligibilityDecision decision = Screenings.eligible().withUndated(EVENT).decide(Policies.eu());

        assertDecided(decision, ESKETAMINE, Outcome.REVIEW_REQUIRED, "cardiovascular-event-date-unknown",
                Severity.REQUIRES_SIGN_OFF);
        assertReason(decision, ESKETAMINE, "cardiovascular-disease", Severity.REQUIRES_SIGN_OFF);
    }

    @Test
    void undatedEventUnderUsProfileNeedsOnlyBenefitRiskSignOffForEsketamine() {
        EligibilityDecision decision = Screenings.eligible().withUndated(EVENT).decide();

        assertReason(decision, ESKETAMINE, "cardiovascular-disease", Severity.REQUIRES_SIGN_OFF);
        assertNoReason(decision, ESKETAMINE, "cardiovascular-event-date-unknown");
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"IV", "IM", "ORAL"})
    void racemicKetamineNeedsSignOffOnLastDayOfSixMonthWindow(Route route) {
        EligibilityDecision decision = Screenings.eligible().withPast(EVENT, ASSESSED_ON.minusMonths(6)).decide();

        assertDecided(decision, route, Outcome.REVIEW_REQUIRED, "recent-cardiovascular-event",
                Severity.REQUIRES_SIGN_OFF);
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"IV", "IM", "ORAL"})
    void racemicKetamineOnlyAdvisesDayAfterSixMonthWindow(Route route) {
        EligibilityDecision decision = Screenings.eligible().withPast(EVENT, ASSESSED_ON.minusMonths(6).minusDays(1))
                .decide();

        assertDecided(decision, route, Outcome.ELIGIBLE, "cardiovascular-event-history", Severity.ADVISORY);
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"IV", "IM", "ORAL"})
    void racemicKetamineIsNeverBlockedByRecentEventEvenUnderEuProfile(Route route) {
        EligibilityDecision decision = Screenings.eligible().withPast(EVENT, ASSESSED_ON.minusDays(3))
                .decide(Policies.eu());

        assertDecided(decision, route, Outcome.REVIEW_REQUIRED, "recent-cardiovascular-event",
                Severity.REQUIRES_SIGN_OFF);
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"IV", "IM", "ORAL"})
    void racemicKetamineNeedsSignOffForUndatedEvent(Route route) {
        EligibilityDecision decision = Screenings.eligible().withUndated(EVENT).decide();

        assertDecided(decision, route, Outcome.REVIEW_REQUIRED, "cardiovascular-event-date-unknown",
                Severity.REQUIRES_SIGN_OFF);
    }

    @Test
    void practiceWindowLengthFollowsPolicy() {
        EligibilityPolicy twelveMonths = Policies.defaults().practiceCardiovascularEventMonths(12).build();
        EligibilityDecision decision = Screenings.eligible().withPast(EVENT, ASSESSED_ON.minusMonths(9))
                .decide(twelveMonths);

        assertReason(decision, Route.IM, "recent-cardiovascular-event", Severity.REQUIRES_SIGN_OFF);
    }
}
