package org.carepath.outcomes.assessment.domain;

import static org.carepath.outcomes.assessment.domain.Forms.all;
import static org.carepath.outcomes.assessment.domain.Forms.answers;
import static org.carepath.outcomes.assessment.domain.Forms.score;
import static org.carepath.outcomes.assessment.domain.Forms.withItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** CADSS, CADSS-6 and MOAA/S: dissociation totals without bands; sedation and loss of consciousness flags. */
class SessionScalesTest {

    @Test
    void cadssIsTheSumOf23Items() {
        Score score = score(Instrument.CADSS, withItem(all(Instrument.CADSS, 1), 23, 4));

        assertEquals(26, score.total());
        assertNull(score.band());
        assertTrue(score.flags().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0", "1", "23", "24"})
    void cadss6RunsFrom0To24(int total) {
        Score score = score(Instrument.CADSS_6, Forms.summing(Instrument.CADSS_6, total));

        assertEquals(total, score.total());
        assertNull(score.band());
    }

    @Test
    void cadss6HasSixItemsNotTheFullScale() {
        assertEquals(12, score(Instrument.CADSS_6, answers(4, 0, 3, 0, 2, 3)).total());
        assertThrows(IllegalArgumentException.class, () -> score(Instrument.CADSS_6, all(Instrument.CADSS, 0)));
    }

    @ParameterizedTest
    @EnumSource(value = Instrument.class, names = {"CADSS", "CADSS_6", "MOAA_S"})
    void gapsAreNeverProrated(Instrument instrument) {
        assertThrows(IllegalArgumentException.class,
                () -> score(Policies.prorating(), instrument, withItem(all(instrument, 0), 1, null)));
    }

    @ParameterizedTest(name = "MOAA/S {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "5 | RESPONDS_READILY | responds readily to name in normal tone | false | false",
            "4 | LETHARGIC_RESPONSE | lethargic response to name in normal tone | false | false",
            "3 | RESPONDS_TO_LOUD_NAME | responds only to name called loudly or repeatedly | true | false",
            "2 | RESPONDS_TO_PRODDING | responds only to mild prodding or shaking | true | false",
            "1 | RESPONDS_TO_PAIN_ONLY | responds only to painful trapezius squeeze | true | false",
            "0 | NO_RESPONSE | no response to painful trapezius squeeze | true | true"})
    void moaasLevels(int level, Band band, String label, boolean sedation, boolean lossOfConsciousness) {
        Score score = score(Instrument.MOAA_S, answers(level));

        assertEquals(level, score.total());
        assertEquals(band, score.band());
        assertEquals(label, score.bandLabel());
        assertEquals(sedation, score.flags().contains(Flag.MEANINGFUL_SEDATION));
        assertEquals(lossOfConsciousness, score.flags().contains(Flag.LOSS_OF_CONSCIOUSNESS));
    }

    @Test
    void meaningfulSedationLevelFollowsThePolicy() {
        OutcomePolicy policy = Policies.with("moaasMeaningfulSedationAtOrBelow", 2);

        assertEquals(Set.of(), score(policy, Instrument.MOAA_S, answers(3)).flags());
        assertEquals(Set.of(Flag.MEANINGFUL_SEDATION), score(policy, Instrument.MOAA_S, answers(2)).flags());
    }

    @Test
    void lossOfConsciousnessIsFlaggedWhateverTheSedationLevel() {
        OutcomePolicy policy = Policies.with("moaasMeaningfulSedationAtOrBelow", 0);

        assertEquals(Set.of(), score(policy, Instrument.MOAA_S, answers(1)).flags());
        assertEquals(Set.of(Flag.MEANINGFUL_SEDATION, Flag.LOSS_OF_CONSCIOUSNESS),
                score(policy, Instrument.MOAA_S, answers(0)).flags());
    }
}
