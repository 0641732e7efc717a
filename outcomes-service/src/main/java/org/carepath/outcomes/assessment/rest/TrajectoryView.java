package org.carepath.outcomes.assessment.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.carepath.outcomes.assessment.domain.Assessability;
import org.carepath.outcomes.assessment.domain.Assessment.Origin;
import org.carepath.outcomes.assessment.domain.Instrument;
import org.carepath.outcomes.assessment.domain.Trajectory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Trajectory", description = "One instrument's scores from the baseline, the last score at or before"
        + " the first dose (a screening's PHQ-9 or GAD-7 counts), to the latest. Response, remission, relapse,"
        + " worsening and MCID are claimed only when assessable: with a pre-dose baseline and a score after the first"
        + " dose; otherwise they are null and assessability says why.")
public record TrajectoryView(
        @Schema(required = true) Instrument instrument,
        @Schema(required = true, description = "ASSESSABLE, or why nothing is claimed: NO_DOSE_YET (the baseline"
                + " shown is the latest score), NO_PRE_DOSE_BASELINE (no score at or before the first dose; a first"
                + " score after it is never the baseline) or NO_SCORE_SINCE_FIRST_DOSE")
        Assessability assessability,
        @Schema(nullable = true, description = "The baseline assessment, or the screening whose total it is;"
                + " null without a pre-dose baseline") UUID baselineId,
        @Schema(nullable = true) OffsetDateTime baselineAt,
        @Schema(nullable = true) Integer baselineTotal,
        @Schema(nullable = true, description = "ASSESSMENT or SCREENING") Origin baselineOrigin,
        @Schema(required = true) UUID latestId,
        @Schema(required = true) OffsetDateTime latestAt,
        @Schema(required = true) int latestTotal,
        @Schema(required = true) Origin latestOrigin,
        @Schema(nullable = true, description = "Latest minus baseline; null unless assessable") Integer change,
        @Schema(nullable = true, description = "Change as a percentage of baseline, one decimal; null unless"
                + " assessable or when the baseline is 0") BigDecimal percentChange,
        @Schema(nullable = true, description = "PHQ-9 only: a drop of at least the MCID (5 by default); null unless"
                + " assessable") Boolean mcidReached,
        @Schema(nullable = true, description = "A drop of at least 50% (by default) from a baseline above 0; null"
                + " unless assessable") Boolean response,
        @Schema(nullable = true, description = "PHQ-9 < 5 or MADRS <= 12 (by default); null for other"
                + " instruments or unless assessable") Boolean remission,
        @Schema(nullable = true, description = "MADRS only: after response or remission, two consecutive scores"
                + " of 22 or more 5-15 days apart; null otherwise or unless assessable") Boolean relapse,
        @Schema(nullable = true, description = "A rise of at least the MCID (PHQ-9) or of half the baseline;"
                + " null unless assessable") Boolean worsening) {

    static TrajectoryView of(Trajectory t) {
        return new TrajectoryView(t.instrument(), t.assessability(), t.baselineId(), t.baselineAt(), t.baselineTotal(),
                t.baselineOrigin(), t.latestId(), t.latestAt(), t.latestTotal(), t.latestOrigin(), t.change(),
                t.percentChange(), t.mcidReached(), t.response(), t.remission(), t.relapse(), t.worsening());
    }
}
