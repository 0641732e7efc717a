package org.carepath.outcomes.assessment.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * PCL-5: total 0-80, a probable-PTSD cut-off, and the DSM-5 cluster rule for a provisional diagnosis [S36][S36b].
 * On a prorated form the cluster rule counts answered items only: a gap is never taken as endorsed.
 */
final class Pcl5 {

    private Pcl5() {
    }

    static Score score(List<Integer> answers, OutcomePolicy policy) {
        Total total = Answers.total(Instrument.PCL_5, answers, policy);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (total.value() >= policy.pcl5ProbablePtsdCutoff()) {
            flags.add(Flag.PCL5_PROBABLE_PTSD);
        }
        if (meetsClusterRule(answers, policy.pcl5ItemEndorsedAtOrAbove())) {
            flags.add(Flag.PCL5_PROVISIONAL_DIAGNOSIS);
        }
        return total.score(Instrument.PCL_5, answers, null, flags);
    }

    // B items 1-5 >= 1, C items 6-7 >= 1, D items 8-14 >= 2, E items 15-20 >= 2 [S36]
    private static boolean meetsClusterRule(List<Integer> answers, int endorsedAtOrAbove) {
        return endorsed(answers, 1, 5, endorsedAtOrAbove) >= 1
                && endorsed(answers, 6, 7, endorsedAtOrAbove) >= 1
                && endorsed(answers, 8, 14, endorsedAtOrAbove) >= 2
                && endorsed(answers, 15, 20, endorsedAtOrAbove) >= 2;
    }

    private static long endorsed(List<Integer> answers, int firstItem, int lastItem, int endorsedAtOrAbove) {
        return answers.subList(firstItem - 1, lastItem).stream()
                .filter(answer -> answer != null && answer >= endorsedAtOrAbove).count();
    }
}
