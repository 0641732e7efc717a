package org.carepath.outcomes.assessment.domain;

import static org.carepath.platform.domain.Checks.required;

import java.util.List;

/**
 * Scores a completed form of any instrument under a clinic's policy. Why: one entry point applies rule 8 (exact
 * totals and bands, gaps refused or prorated by policy) and raises the rule 9 suicide-risk flags every time.
 */
public final class Scorer {

    private final OutcomePolicy policy;

    public Scorer(OutcomePolicy policy) {
        this.policy = required(policy, "outcome policy");
    }

    /**
     * @param answers one per item in item order, null for an unanswered or skipped item
     * @throws IllegalArgumentException naming the instrument and the rule when the form cannot be scored
     */
    public Score score(Instrument instrument, List<Integer> answers) {
        required(instrument, "instrument");
        List<Integer> checked = Answers.checked(instrument, answers);
        return switch (instrument) {
            case PHQ_9 -> SummedScales.phq9(checked, policy);
            case GAD_7 -> SummedScales.gad7(checked, policy);
            case MADRS -> SummedScales.madrs(checked, policy);
            case CADSS, CADSS_6 -> SummedScales.dissociation(instrument, checked, policy);
            case PCL_5 -> Pcl5.score(checked, policy);
            case QIDS_SR16 -> Qids.score(checked);
            case CSSRS_SCREENER -> CssrsScreener.score(checked);
            case MOAA_S -> Moaas.score(checked, policy);
        };
    }
}
