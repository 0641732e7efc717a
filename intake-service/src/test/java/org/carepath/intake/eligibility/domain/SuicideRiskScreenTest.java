package org.carepath.intake.eligibility.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Risk level from PHQ-9 item 9 [S28] and the C-SSRS screener [S37][S37b] (DOMAIN.md 4.6, rule 9). */
class SuicideRiskScreenTest {

    static SuicideRiskScreen cssrs(Boolean q1, Boolean q2, Boolean q3, Boolean q4, Boolean q5, Boolean q6Ever,
            Boolean q6Past3Months) {
        return new SuicideRiskScreen(null, q1, q2, q3, q4, q5, q6Ever, q6Past3Months);
    }

    static Stream<Arguments> screens() {
        return Stream.of(
                Arguments.of("nothing answered", SuicideRiskScreen.notDone(), SuicideRiskLevel.NOT_SCREENED),
                Arguments.of("PHQ-9 item 9 = 0", Screenings.phq9Item9(0), SuicideRiskLevel.NONE),
                Arguments.of("PHQ-9 item 9 = 1", Screenings.phq9Item9(1), SuicideRiskLevel.HIGH),
                Arguments.of("PHQ-9 item 9 = 2", Screenings.phq9Item9(2), SuicideRiskLevel.HIGH),
                Arguments.of("PHQ-9 item 9 = 3", Screenings.phq9Item9(3), SuicideRiskLevel.HIGH),
                Arguments.of("C-SSRS all no", cssrs(false, false, null, null, null, false, null),
                        SuicideRiskLevel.NONE),
                Arguments.of("C-SSRS Q1 only", cssrs(true, false, null, null, null, false, null), SuicideRiskLevel.LOW),
                Arguments.of("C-SSRS Q2", cssrs(true, true, false, false, false, false, null), SuicideRiskLevel.LOW),
                Arguments.of("C-SSRS Q3", cssrs(true, true, true, false, false, false, null),
                        SuicideRiskLevel.MODERATE),
                Arguments.of("C-SSRS Q4", cssrs(true, true, true, true, false, false, null), SuicideRiskLevel.HIGH),
                Arguments.of("C-SSRS Q5", cssrs(true, true, false, false, true, false, null), SuicideRiskLevel.HIGH),
                Arguments.of("C-SSRS Q6 ever, not past 3 months", cssrs(false, false, null, null, null, true, false),
                        SuicideRiskLevel.MODERATE),
                Arguments.of("C-SSRS Q6 ever, 3-month follow-up unanswered",
                        cssrs(false, false, null, null, null, true, null), SuicideRiskLevel.MODERATE),
                Arguments.of("C-SSRS Q6 past 3 months", cssrs(false, false, null, null, null, true, true),
                        SuicideRiskLevel.HIGH),
                Arguments.of("C-SSRS Q6 past 3 months recorded without lifetime yes",
                        cssrs(false, false, null, null, null, false, true), SuicideRiskLevel.HIGH),
                Arguments.of("C-SSRS Q4 yes despite Q2 no (skip logic broken)",
                        cssrs(false, false, null, true, null, false, null), SuicideRiskLevel.HIGH),
                Arguments.of("PHQ-9 item 9 = 0 with C-SSRS Q3",
                        new SuicideRiskScreen(0, true, true, true, false, false, false, null),
                        SuicideRiskLevel.MODERATE),
                Arguments.of("PHQ-9 item 9 = 1 with C-SSRS all no",
                        new SuicideRiskScreen(1, false, false, null, null, null, false, null), SuicideRiskLevel.HIGH),
                Arguments.of("only one C-SSRS answer", cssrs(null, null, null, null, null, false, null),
                        SuicideRiskLevel.NONE));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("screens")
    void derivesRiskLevel(String label, SuicideRiskScreen screen, SuicideRiskLevel expected) {
        assertEquals(expected, screen.riskLevel());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 4})
    void phq9Item9OutsideZeroToThreeIsRejected(int answer) {
        assertThrows(IllegalArgumentException.class, () -> Screenings.phq9Item9(answer));
    }

    @Test
    void notDoneHasNoAnswers() {
        assertEquals(new SuicideRiskScreen(null, null, null, null, null, null, null, null),
                SuicideRiskScreen.notDone());
    }
}
