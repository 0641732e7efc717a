package org.carepath.outcomes.assessment.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Checks a form's answers against its instrument and totals them; the one place rule 8 decides on gaps. */
final class Answers {

    private Answers() {
    }

    /** The answers, if there is one per item and each given answer is within the item range; gaps stay null. */
    static List<Integer> checked(Instrument instrument, List<Integer> answers) {
        required(answers, instrument.label() + " answers");
        check(answers.size() == instrument.itemCount(),
                instrument.label() + " needs exactly " + instrument.itemCount() + " answers");
        for (Integer answer : answers) {
            check(answer == null || answer >= instrument.itemMin() && answer <= instrument.itemMax(),
                    instrument.label() + " answers must each be " + instrument.itemMin() + " to "
                            + instrument.itemMax());
        }
        return Collections.unmodifiableList(new ArrayList<>(answers));
    }

    /** Refuses a form with any unanswered item. */
    static void requireComplete(Instrument instrument, List<Integer> answers) {
        check(answers.stream().allMatch(Objects::nonNull),
                instrument.label() + " form is incomplete: every item must be answered (rule 8)");
    }

    /**
     * The sum of the answers; with gaps, the mean of the answered items scaled to the full item count and
     * rounded half up, if the clinic's policy allows that many gaps for the instrument, else refused.
     */
    static Total total(Instrument instrument, List<Integer> answers, OutcomePolicy policy) {
        int maxMissing = policy.maxProratedItems(instrument);
        if (maxMissing == 0) {
            requireComplete(instrument, answers);
        }
        int answered = (int) answers.stream().filter(Objects::nonNull).count();
        int sum = answers.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
        int missing = instrument.itemCount() - answered;
        if (missing == 0) {
            return new Total(sum, false);
        }
        check(missing <= maxMissing,
                instrument.label()
                        + " form has more unanswered items than the clinic's prorating policy allows (rule 8)");
        int items = instrument.itemCount();
        return new Total((2 * sum * items + answered) / (2 * answered), true);
    }
}
