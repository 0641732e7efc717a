package org.carepath.outcomes.assessment.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.noNulls;
import static org.carepath.platform.domain.Checks.required;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A scored form: the answers as given (null for an unanswered or skipped item), the total, the band and the flags.
 * Why: one immutable value carries everything a result, a task or a trajectory needs from one assessment.
 *
 * @param total null only for the C-SSRS screener, which has no total
 * @param band the severity band, risk level or MOAA/S level, one of the instrument's; null for scales DOMAIN.md gives
 *     no bands (PCL-5, CADSS, CADSS-6)
 */
public record Score(Instrument instrument, String version, List<Integer> answers, Integer total, Band band,
        Set<Flag> flags, boolean prorated) {

    public Score {
        required(instrument, "score instrument");
        required(version, "score version");
        required(answers, "score answers");
        check(answers.size() == instrument.itemCount(), "score answers must match the instrument's item count");
        answers = Collections.unmodifiableList(new ArrayList<>(answers));
        check(instrument.hasTotal() == (total != null), "score total is required exactly when the instrument has one");
        if (total != null) {
            check(total >= instrument.totalMin() && total <= instrument.totalMax(),
                    "score total must be within the instrument's range");
        }
        check(band == null ? instrument.bands().isEmpty() : instrument.bands().contains(band),
                "score band must be one of the instrument's bands, and is required exactly when it has bands");
        flags = noNulls(required(flags, "score flags"), "score flags");
        flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags));
        check(prorated == flags.contains(Flag.INCOMPLETE_PRORATED),
                "a prorated score carries the INCOMPLETE_PRORATED flag and only it does");
    }

    /** The instrument's wording of the band, null without a band. */
    public String bandLabel() {
        return band == null ? null : instrument.bandLabel(band);
    }
}
