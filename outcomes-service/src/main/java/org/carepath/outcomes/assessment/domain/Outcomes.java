package org.carepath.outcomes.assessment.domain;

import java.time.temporal.ChronoUnit;
import java.util.List;

/** The outcome definitions of DOMAIN.md 4.8 against one baseline total, under the clinic's policy. */
final class Outcomes {

    private final Instrument instrument;
    private final int baselineTotal;
    private final OutcomePolicy policy;

    Outcomes(Instrument instrument, int baselineTotal, OutcomePolicy policy) {
        this.instrument = instrument;
        this.baselineTotal = baselineTotal;
        this.policy = policy;
    }

    // [S32][S33]; a baseline of 0 cannot drop
    boolean response(int total) {
        return baselineTotal > 0 && (baselineTotal - total) * 100 >= policy.responseReductionPercent() * baselineTotal;
    }

    // [S32][S33][S34]; DOMAIN.md defines remission for PHQ-9 and MADRS only
    Boolean remission(int total) {
        return switch (instrument) {
            case PHQ_9 -> total < policy.phq9RemissionBelow();
            case MADRS -> total <= policy.madrsRemissionAtOrBelow();
            default -> null;
        };
    }

    // [S29] where an MCID exists; elsewhere a percentage rise, UNVERIFIED, chosen to catch worsening early
    boolean worsened(int total) {
        int rise = total - baselineTotal;
        if (instrument == Instrument.PHQ_9) {
            return rise >= policy.phq9Mcid();
        }
        return rise >= 1 && rise * 100 >= policy.worseningRisePercent() * baselineTotal;
    }

    /**
     * MADRS relapse [S34]: once an assessment after baseline reached response or remission, two later consecutive
     * assessments each at or above the relapse level, taken the policy's range of calendar days apart.
     */
    boolean relapsed(List<Assessment> afterBaseline) {
        int reached = 0;
        while (reached < afterBaseline.size() && !improved(afterBaseline.get(reached).total())) {
            reached++;
        }
        for (int i = reached + 1; i + 1 < afterBaseline.size(); i++) {
            Assessment first = afterBaseline.get(i);
            Assessment second = afterBaseline.get(i + 1);
            long daysApart = ChronoUnit.DAYS.between(first.takenAt().toLocalDate(), second.takenAt().toLocalDate());
            if (relapseLevel(first) && relapseLevel(second) && daysApart >= policy.relapseMinDaysApart()
                    && daysApart <= policy.relapseMaxDaysApart()) {
                return true;
            }
        }
        return false;
    }

    private boolean improved(int total) {
        return response(total) || Boolean.TRUE.equals(remission(total));
    }

    private boolean relapseLevel(Assessment assessment) {
        return assessment.total() >= policy.madrsRelapseAtOrAbove();
    }
}
