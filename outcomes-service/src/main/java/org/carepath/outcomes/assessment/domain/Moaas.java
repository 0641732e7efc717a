package org.carepath.outcomes.assessment.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * MOAA/S: one observation, 5 (responds readily) to 0 (no response to a painful trapezius squeeze) [S39].
 * Levels 4 to 1 follow the published scale, which DOMAIN.md cites but does not spell out; the level's band is
 * the instrument's band at that position (its bands run from level 0 up).
 */
final class Moaas {

    private Moaas() {
    }

    static Score score(List<Integer> answers, OutcomePolicy policy) {
        Answers.requireComplete(Instrument.MOAA_S, answers);
        int level = answers.get(0);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (level <= policy.moaasMeaningfulSedationAtOrBelow()) {
            flags.add(Flag.MEANINGFUL_SEDATION);
        }
        // 0 = loss of consciousness [S4a][S5b]
        if (level == 0) {
            flags.add(Flag.LOSS_OF_CONSCIOUSNESS);
        }
        return new Total(level, false).score(Instrument.MOAA_S, answers,
                Instrument.MOAA_S.bands().get(level), flags);
    }
}
