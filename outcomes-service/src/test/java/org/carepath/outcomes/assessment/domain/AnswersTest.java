package org.carepath.outcomes.assessment.domain;

import static org.carepath.outcomes.assessment.domain.Forms.all;
import static org.carepath.outcomes.assessment.domain.Forms.score;
import static org.carepath.outcomes.assessment.domain.Forms.withItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every instrument refuses a wrong item count and out-of-range answers, and totals from min to max (rule 8). */
class AnswersTest {

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void oneItemTooFewIsRefused(Instrument instrument) {
        List<Integer> answers = all(instrument, 0);
        answers.remove(0);

        assertRefusedNaming(instrument, answers);
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void oneItemTooManyIsRefused(Instrument instrument) {
        List<Integer> answers = all(instrument, 0);
        answers.add(0);

        assertRefusedNaming(instrument, answers);
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void noAnswersAtAllAreRefused(Instrument instrument) {
        assertRefusedNaming(instrument, new ArrayList<>());
        assertThrows(IllegalArgumentException.class, () -> score(instrument, null));
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void answerBelowTheItemMinimumIsRefused(Instrument instrument) {
        assertRefusedNaming(instrument, withItem(all(instrument, 0), 1, instrument.itemMin() - 1));
        assertRefusedNaming(instrument, withItem(all(instrument, 0), instrument.itemCount(), instrument.itemMin() - 1));
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void answerAboveTheItemMaximumIsRefused(Instrument instrument) {
        assertRefusedNaming(instrument, withItem(all(instrument, 0), 1, instrument.itemMax() + 1));
        assertRefusedNaming(instrument, withItem(all(instrument, 0), instrument.itemCount(), instrument.itemMax() + 1));
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void refusalNeverEchoesTheAnswer(Instrument instrument) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> score(instrument, withItem(all(instrument, 0), 1, 97)));

        assertFalse(refused.getMessage().contains("97"));
    }

    @ParameterizedTest
    @EnumSource(value = Instrument.class, names = "CSSRS_SCREENER", mode = EnumSource.Mode.EXCLUDE)
    void allItemsAtMinimumGiveTheLowestTotal(Instrument instrument) {
        Score score = score(instrument, all(instrument, instrument.itemMin()));

        assertEquals(instrument.totalMin(), score.total());
        assertFalse(score.prorated());
    }

    @ParameterizedTest
    @EnumSource(value = Instrument.class, names = "CSSRS_SCREENER", mode = EnumSource.Mode.EXCLUDE)
    void allItemsAtMaximumGiveTheHighestTotal(Instrument instrument) {
        Score score = score(instrument, all(instrument, instrument.itemMax()));

        assertEquals(instrument.totalMax(), score.total());
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void scoreKeepsInstrumentVersionAndAnswers(Instrument instrument) {
        List<Integer> answers = all(instrument, 0);
        Score score = score(instrument, answers);

        assertEquals(instrument, score.instrument());
        assertEquals(instrument.version(), score.version());
        assertEquals(instrument.itemCount(), score.answers().size());
        assertThrows(UnsupportedOperationException.class, () -> score.answers().set(0, 1));
    }

    @Test
    void instrumentIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> score(null, List.of(0)));
    }

    private static void assertRefusedNaming(Instrument instrument, List<Integer> answers) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> score(instrument, answers));
        assertTrue(refused.getMessage().contains(instrument.label()), refused.getMessage());
    }
}
