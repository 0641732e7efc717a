package org.carepath.outcomes.assessment.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Answer lists for tests: given item by item, or built to reach a total. */
final class Forms {

    private Forms() {
    }

    /** The answers as written; null marks an unanswered or skipped item. */
    static List<Integer> answers(Integer... answers) {
        return Arrays.asList(answers);
    }

    /** Every item at the same answer. */
    static List<Integer> all(Instrument instrument, Integer answer) {
        return new ArrayList<>(Collections.nCopies(instrument.itemCount(), answer));
    }

    /** Items filled from the first, each as high as it goes, until the answers add up to the total. */
    static List<Integer> summing(Instrument instrument, int total) {
        List<Integer> answers = all(instrument, 0);
        int left = total;
        for (int i = 0; i < answers.size() && left > 0; i++) {
            int answer = Math.min(left, instrument.itemMax());
            answers.set(i, answer);
            left -= answer;
        }
        if (left > 0) {
            throw new AssertionError("total beyond the instrument's range");
        }
        return answers;
    }

    /**
     * Answers that score the total: {@link #summing} for summed scales; for QIDS-SR16 one item per domain (sleep,
     * sad mood, appetite/weight, concentration, self-view, suicidal ideation, interest, energy, psychomotor).
     */
    static List<Integer> totalling(Instrument instrument, int total) {
        if (instrument != Instrument.QIDS_SR16) {
            return summing(instrument, total);
        }
        List<Integer> answers = all(instrument, 0);
        int left = total;
        for (int item : new int[] {1, 5, 6, 10, 11, 12, 13, 14, 15}) {
            int answer = Math.min(instrument.itemMax(), left);
            answers.set(item - 1, answer);
            left -= answer;
        }
        if (left > 0) {
            throw new AssertionError("total beyond the instrument's range");
        }
        return answers;
    }

    /** The answers with one item (numbered from 1) replaced. */
    static List<Integer> withItem(List<Integer> answers, int item, Integer answer) {
        List<Integer> changed = new ArrayList<>(answers);
        changed.set(item - 1, answer);
        return changed;
    }

    static Score score(Instrument instrument, List<Integer> answers) {
        return new Scorer(OutcomePolicy.defaults()).score(instrument, answers);
    }

    static Score score(OutcomePolicy policy, Instrument instrument, List<Integer> answers) {
        return new Scorer(policy).score(instrument, answers);
    }
}
