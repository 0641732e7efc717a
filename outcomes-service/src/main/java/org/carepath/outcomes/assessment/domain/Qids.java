package org.carepath.outcomes.assessment.domain;

import static org.carepath.platform.domain.Checks.check;

import java.util.List;
import java.util.Set;

/**
 * QIDS-SR16: 16 items collapsed into 9 DSM domains, each 0-3, total 0-27 [S35]. Sleep is the highest of items
 * 1-4, appetite/weight the highest of items 6-9, psychomotor the highest of items 15-16; items 5 and 10-14 are
 * domains of their own. The form asks for either item 6 or 7 and either item 8 or 9, so one of each pair may be
 * blank; every other item must be answered.
 */
final class Qids {

    private Qids() {
    }

    static Score score(List<Integer> answers) {
        for (int item = 1; item <= 16; item++) {
            check(item >= 6 && item <= 9 || answers.get(item - 1) != null,
                    "QIDS-SR16 form is incomplete: every item but the unchosen of 6/7 and of 8/9 must be answered"
                            + " (rule 8)");
        }
        check(answers.get(5) != null || answers.get(6) != null,
                "QIDS-SR16 form is incomplete: item 6 or item 7 (appetite) must be answered (rule 8)");
        check(answers.get(7) != null || answers.get(8) != null,
                "QIDS-SR16 form is incomplete: item 8 or item 9 (weight) must be answered (rule 8)");
        int sleep = highest(answers, 1, 4);
        int appetiteWeight = highest(answers, 6, 9);
        int psychomotor = highest(answers, 15, 16);
        int singleItemDomains = 0;
        for (int item : new int[] {5, 10, 11, 12, 13, 14}) {
            singleItemDomains += answers.get(item - 1);
        }
        int total = sleep + appetiteWeight + psychomotor + singleItemDomains;
        return new Total(total, false).score(Instrument.QIDS_SR16, answers, band(total), Set.of());
    }

    private static int highest(List<Integer> answers, int firstItem, int lastItem) {
        return answers.subList(firstItem - 1, lastItem).stream().filter(answer -> answer != null)
                .mapToInt(Integer::intValue).max().orElseThrow();
    }

    // [S35]
    private static Band band(int total) {
        if (total <= 5) {
            return Band.NONE;
        }
        if (total <= 10) {
            return Band.MILD;
        }
        if (total <= 15) {
            return Band.MODERATE;
        }
        return total <= 20 ? Band.SEVERE : Band.VERY_SEVERE;
    }
}
