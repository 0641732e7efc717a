package org.carepath.outcomes.assessment.domain;

import static org.carepath.platform.domain.Checks.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * C-SSRS screener: answers 1-6 are Q1-Q6 (0 no, 1 yes), answer 7 is Q6's "within the past 3 months". Q3-Q5 are
 * skipped when Q2 is no, and answer 7 is skipped when Q6 is no: a skipped item is null (0 is taken as the same)
 * and a yes to it is refused as contradicting the form. The band is the risk level, the highest any yes reaches
 * [S37][S37b][S37c]; only the more severe suicide-risk flag is raised, so one task is opened (rule 9).
 */
final class CssrsScreener {

    private static final int Q1 = 0;
    private static final int Q2 = 1;
    private static final int Q3 = 2;
    private static final int Q4 = 3;
    private static final int Q5 = 4;
    private static final int Q6 = 5;
    private static final int Q6_WITHIN_3_MONTHS = 6;

    private CssrsScreener() {
    }

    static Score score(List<Integer> given) {
        List<Integer> answers = new ArrayList<>(given);
        check(answers.get(Q1) != null && answers.get(Q2) != null && answers.get(Q6) != null,
                "C-SSRS screener form is incomplete: Q1, Q2 and Q6 must be answered (rule 8)");
        if (yes(answers, Q2)) {
            check(answers.subList(Q3, Q5 + 1).stream().allMatch(answer -> answer != null),
                    "C-SSRS screener form is incomplete: Q3 to Q5 must be answered when Q2 is yes (rule 8)");
        } else {
            skip(answers, Q3, Q5 + 1, "Q2 is no, and the screener skips Q3 to Q5 then");
        }
        if (yes(answers, Q6)) {
            check(answers.get(Q6_WITHIN_3_MONTHS) != null,
                    "C-SSRS screener form is incomplete: Q6 within 3 months must be answered when Q6 is yes (rule 8)");
        } else {
            skip(answers, Q6_WITHIN_3_MONTHS, Q6_WITHIN_3_MONTHS + 1,
                    "Q6 is no, and the screener skips its within-3-months question (answer 7) then");
        }
        boolean q6Recent = yes(answers, Q6) && yes(answers, Q6_WITHIN_3_MONTHS);
        boolean q6LifetimeOnly = yes(answers, Q6) && !yes(answers, Q6_WITHIN_3_MONTHS);
        Band risk;
        Set<Flag> flags;
        if (yes(answers, Q4) || yes(answers, Q5) || q6Recent) {
            risk = Band.HIGH;
            flags = Set.of(Flag.SUICIDE_RISK_URGENT);
        } else if (yes(answers, Q3) || q6LifetimeOnly) {
            risk = Band.MODERATE;
            flags = Set.of(Flag.SUICIDE_RISK_MODERATE);
        } else {
            risk = yes(answers, Q1) || yes(answers, Q2) ? Band.LOW : Band.NONE;
            flags = Set.of();
        }
        return new Score(Instrument.CSSRS_SCREENER, Instrument.CSSRS_SCREENER.version(), answers, null, risk, flags,
                false);
    }

    private static boolean yes(List<Integer> answers, int index) {
        Integer answer = answers.get(index);
        return answer != null && answer == 1;
    }

    /** Clears skipped items; a yes to any of them contradicts the form, and every such answer is named. */
    private static void skip(List<Integer> answers, int fromIndex, int toIndex, String rule) {
        List<String> contradicting = new ArrayList<>();
        for (int index = fromIndex; index < toIndex; index++) {
            if (yes(answers, index)) {
                contradicting.add(index == Q6_WITHIN_3_MONTHS ? "answer 7" : "Q" + (index + 1));
            }
            answers.set(index, null);
        }
        check(contradicting.isEmpty(), "C-SSRS screener " + String.join(", ", contradicting)
                + (contradicting.size() == 1 ? " is" : " are") + " yes, but " + rule);
    }
}
