package org.carepath.outcomes.assessment.domain;

import static org.carepath.outcomes.assessment.domain.Forms.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** A score rebuilt from storage keeps its invariants: item count, total range, and prorated iff flagged. */
class ScoreTest {

    private static final String VERSION = Instrument.PHQ_9.version();

    @Test
    void consistentScoreIsAccepted() {
        Score score = new Score(Instrument.PHQ_9, VERSION, all(Instrument.PHQ_9, 1), 9, Band.MILD, Set.of(), false);

        assertEquals(9, score.total());
        assertThrows(UnsupportedOperationException.class, () -> score.flags().add(Flag.PHQ9_REFERRAL_CUTOFF));
    }

    @Test
    void answersMustMatchTheItemCount() {
        assertThrows(IllegalArgumentException.class,
                () -> new Score(Instrument.PHQ_9, VERSION, all(Instrument.GAD_7, 1), 7, Band.MILD, Set.of(), false));
    }

    @Test
    void totalMustBeWithinTheRangeAndPresentExactlyWhenTheInstrumentHasOne() {
        assertThrows(IllegalArgumentException.class,
                () -> new Score(Instrument.PHQ_9, VERSION, all(Instrument.PHQ_9, 3), 28, Band.SEVERE, Set.of(), false));
        assertThrows(IllegalArgumentException.class,
                () -> new Score(Instrument.PHQ_9, VERSION, all(Instrument.PHQ_9, 0), null, null, Set.of(), false));
        assertThrows(IllegalArgumentException.class, () -> new Score(Instrument.CSSRS_SCREENER,
                Instrument.CSSRS_SCREENER.version(), all(Instrument.CSSRS_SCREENER, 0), 0, Band.NONE, Set.of(), false));
    }

    @Test
    void bandMustBeOneOfTheInstrumentsAndPresentExactlyWhenItHasBands() {
        assertEquals("minimal/none", new Score(Instrument.PHQ_9, VERSION, all(Instrument.PHQ_9, 0), 0, Band.MINIMAL,
                Set.of(), false).bandLabel());
        assertThrows(IllegalArgumentException.class,
                () -> new Score(Instrument.PHQ_9, VERSION, all(Instrument.PHQ_9, 0), 0, Band.NORMAL, Set.of(), false));
        assertThrows(IllegalArgumentException.class,
                () -> new Score(Instrument.PHQ_9, VERSION, all(Instrument.PHQ_9, 0), 0, null, Set.of(), false));
        assertThrows(IllegalArgumentException.class, () -> new Score(Instrument.CADSS, Instrument.CADSS.version(),
                all(Instrument.CADSS, 0), 0, Band.NONE, Set.of(), false));
    }

    @Test
    void proratedScoresAndOnlyThoseCarryTheProratedFlag() {
        assertThrows(IllegalArgumentException.class,
                () -> new Score(Instrument.PHQ_9, VERSION, all(Instrument.PHQ_9, 1), 9, Band.MILD, Set.of(), true));
        assertThrows(IllegalArgumentException.class, () -> new Score(Instrument.PHQ_9, VERSION,
                all(Instrument.PHQ_9, 1), 9, Band.MILD, Set.of(Flag.INCOMPLETE_PRORATED), false));
    }

    @Test
    void instrumentVersionAnswersAndFlagsAreRequired() {
        assertThrows(IllegalArgumentException.class,
                () -> new Score(null, VERSION, all(Instrument.PHQ_9, 1), 9, Band.MILD, Set.of(), false));
        assertThrows(IllegalArgumentException.class,
                () -> new Score(Instrument.PHQ_9, null, all(Instrument.PHQ_9, 1), 9, Band.MILD, Set.of(), false));
        assertThrows(IllegalArgumentException.class,
                () -> new Score(Instrument.PHQ_9, VERSION, null, 9, Band.MILD, Set.of(), false));
        assertThrows(IllegalArgumentException.class,
                () -> new Score(Instrument.PHQ_9, VERSION, all(Instrument.PHQ_9, 1), 9, Band.MILD, null, false));
    }
}
