package org.carepath.intake.eligibility.domain;

import static org.carepath.platform.domain.Checks.check;

/**
 * A prior antidepressant trial: drug, daily dose, duration and how much symptoms improved on it (percent
 * reduction, 0 when they did not improve). {@code currentEpisode} marks trials in the present depressive episode.
 */
public record AntidepressantTrial(String drug, double doseMg, int weeks, double improvementPercent,
        boolean currentEpisode) {

    public AntidepressantTrial {
        check(drug != null && !drug.isBlank(), "trial drug is required");
        check(Double.isFinite(doseMg) && doseMg > 0, "trial doseMg must be more than 0");
        check(weeks > 0, "trial weeks must be more than 0");
        check(improvementPercent >= 0 && improvementPercent <= 100, "trial improvementPercent must be within 0-100");
    }
}
