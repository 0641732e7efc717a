package org.carepath.outcomes.assessment.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A form's total and whether it was prorated; it builds the score so a prorated one is always flagged. */
record Total(int value, boolean prorated) {

    Score score(Instrument instrument, List<Integer> answers, Band band, Set<Flag> flags) {
        Set<Flag> all = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
        if (prorated) {
            all.add(Flag.INCOMPLETE_PRORATED);
        }
        return new Score(instrument, instrument.version(), answers, value, band, all, prorated);
    }
}
