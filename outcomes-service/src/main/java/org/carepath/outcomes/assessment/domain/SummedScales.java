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
    private static Band phq9Band(int total) {
        if (total <= 4) {
            return Band.MINIMAL;
        }
        if (total <= 9) {
            return Band.MILD;
        }
        if (total <= 14) {
            return Band.MODERATE;
        }
        return total <= 19 ? Band.MODERATELY_SEVERE : Band.SEVERE;
    }

    // [S30]
    private static Band gad7Band(int total) {
        if (total <= 4) {
            return Band.MINIMAL;
        }
        if (total <= 9) {
            return Band.MILD;
        }
        return total <= 14 ? Band.MODERATE : Band.SEVERE;
    }

    // Snaith bands with the clinic's severe cut [S31][S31b]
    private static Band madrsBand(int total, OutcomePolicy policy) {
        if (total <= 6) {
            return Band.NORMAL;
        }
        if (total <= 19) {
            return Band.MILD;
        }
        return total < policy.madrsSevereAtOrAbove() ? Band.MODERATE : Band.SEVERE;
    }
}
