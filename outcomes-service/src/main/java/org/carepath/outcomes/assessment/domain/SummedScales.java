package org.carepath.outcomes.assessment.domain;

import static org.carepath.platform.domain.Checks.check;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The scales whose total is the plain sum of their items: PHQ-9, GAD-7, MADRS, CADSS and CADSS-6 (rule 8). */
final class SummedScales {

    private static final int PHQ9_SUICIDE_ITEM = 8;

    private SummedScales() {
    }

    static Score phq9(List<Integer> answers, OutcomePolicy policy) {
        check(answers.get(PHQ9_SUICIDE_ITEM) != null,
                "PHQ-9 item 9 (self-harm) must be answered: it is never prorated (rules 8 and 9)");
        Total total = Answers.total(Instrument.PHQ_9, answers, policy);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (answers.get(PHQ9_SUICIDE_ITEM) >= policy.phq9SuicideItemAtOrAbove()) {
            flags.add(Flag.SUICIDE_RISK_URGENT);
        }
        if (total.value() >= policy.phq9ReferralAtOrAbove()) {
            flags.add(Flag.PHQ9_REFERRAL_CUTOFF);
        }
        return total.score(Instrument.PHQ_9, answers, phq9Band(total.value()), flags);
    }

    static Score gad7(List<Integer> answers, OutcomePolicy policy) {
        Total total = Answers.total(Instrument.GAD_7, answers, policy);
        Set<Flag> flags = total.value() >= policy.gad7ReferralAtOrAbove()
                ? EnumSet.of(Flag.GAD7_REFERRAL_CUTOFF) : EnumSet.noneOf(Flag.class);
        return total.score(Instrument.GAD_7, answers, gad7Band(total.value()), flags);
    }

    static Score madrs(List<Integer> answers, OutcomePolicy policy) {
        Total total = Answers.total(Instrument.MADRS, answers, policy);
        return total.score(Instrument.MADRS, answers, madrsBand(total.value(), policy), Set.of());
    }

    /** CADSS and CADSS-6: a dissociation total without bands, which DOMAIN.md does not give. */
    static Score dissociation(Instrument instrument, List<Integer> answers, OutcomePolicy policy) {
        return Answers.total(instrument, answers, policy).score(instrument, answers, null, Set.of());
    }

    // [S28]
    private static String phq9Band(int total) {
        if (total <= 4) {
            return "minimal/none";
        }
        if (total <= 9) {
            return "mild";
        }
        if (total <= 14) {
            return "moderate";
        }
        return total <= 19 ? "moderately severe" : "severe";
    }

    // [S30]
    private static String gad7Band(int total) {
        if (total <= 4) {
            return "minimal";
        }
        if (total <= 9) {
            return "mild";
        }
        return total <= 14 ? "moderate" : "severe";
    }

    // Snaith bands with the clinic's severe cut [S31][S31b]
    private static String madrsBand(int total, OutcomePolicy policy) {
        if (total <= 6) {
            return "absent/normal";
        }
        if (total <= 19) {
            return "mild";
        }
        return total < policy.madrsSevereAtOrAbove() ? "moderate" : "severe";
    }
}
