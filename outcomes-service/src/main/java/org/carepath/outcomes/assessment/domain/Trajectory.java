package org.carepath.outcomes.assessment.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.noNulls;
import static org.carepath.platform.domain.Checks.required;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * How a patient's scores on one outcome instrument moved from baseline to the latest assessment, with the
 * standard outcome definitions of DOMAIN.md 4.8 applied. Why: response, remission, relapse and worsening are
 * judged the same way for every report and task, under the clinic's policy.
 *
 * @param baselinePreDose false when a first dose was given but no score was taken at or before it, so the
 *     baseline is the earliest score after it and understates any change
 * @param percentChange change as a percentage of baseline to one decimal, null when the baseline is 0
 * @param mcidReached PHQ-9 only (null otherwise): a drop of at least the MCID
 * @param response a drop of at least the response percentage of a baseline above 0
 * @param remission PHQ-9 and MADRS only (null otherwise): the latest total is in remission
 * @param relapse MADRS only (null otherwise): after response or remission, two consecutive assessments at or above
 *     the relapse level, a policy number of calendar days apart; hospitalization or suicide events are not scores
 *     and are not judged here
 * @param worsening a rise of at least the MCID (PHQ-9), or for scales without one, a rise of at least 1 point and
 *     at least the worsening percentage of baseline
 */
public record Trajectory(Instrument instrument,
        UUID baselineId, OffsetDateTime baselineAt, int baselineTotal, boolean baselinePreDose,
        UUID latestId, OffsetDateTime latestAt, int latestTotal,
        int change, BigDecimal percentChange,
        Boolean mcidReached, boolean response, Boolean remission, Boolean relapse, boolean worsening) {

    public Trajectory {
        required(instrument, "trajectory instrument");
        required(baselineId, "trajectory baseline id");
        required(baselineAt, "trajectory baseline time");
        required(latestId, "trajectory latest id");
        required(latestAt, "trajectory latest time");
        check(change == latestTotal - baselineTotal, "trajectory change is latest minus baseline");
    }

    /**
     * @param assessments scores of one outcome instrument, in any order
     * @param firstDoseAt null when no dose has been given; the baseline is then the first score
     */
    public static Trajectory of(List<Assessment> assessments, OffsetDateTime firstDoseAt, OutcomePolicy policy) {
        required(policy, "outcome policy");
        noNulls(required(assessments, "assessments"), "assessments");
        check(!assessments.isEmpty(), "a trajectory needs at least one assessment");
        Instrument instrument = assessments.get(0).score().instrument();
        check(instrument.outcomeMeasure(), "a trajectory is only computed for a symptom outcome instrument");
        check(assessments.stream().allMatch(assessment -> assessment.score().instrument() == instrument),
                "a trajectory's assessments must all be of one instrument");
        List<Assessment> ordered = new ArrayList<>(assessments);
        ordered.sort(Comparator.comparing(Assessment::takenAt, OffsetDateTime.timeLineOrder()));

        int baselineIndex = baselineIndex(ordered, firstDoseAt);
        Assessment baseline = ordered.get(baselineIndex);
        Assessment latest = ordered.get(ordered.size() - 1);
        int baselineTotal = baseline.score().total();
        int latestTotal = latest.score().total();
        int change = latestTotal - baselineTotal;
        Outcomes outcomes = new Outcomes(instrument, baselineTotal, policy);
        Boolean relapse = instrument == Instrument.MADRS
                ? outcomes.relapsed(ordered.subList(baselineIndex + 1, ordered.size()))
                : null;
        return new Trajectory(instrument,
                baseline.id(), baseline.takenAt(), baselineTotal,
                firstDoseAt == null || !baseline.takenAt().isAfter(firstDoseAt),
                latest.id(), latest.takenAt(), latestTotal,
                change, percentChange(baselineTotal, change),
                instrument == Instrument.PHQ_9 ? -change >= policy.phq9Mcid() : null,
                outcomes.response(latestTotal), outcomes.remission(latestTotal), relapse,
                outcomes.worsened(latestTotal));
    }

    // The last score at or before the first dose; with no dose yet, or none before it, the first score.
    private static int baselineIndex(List<Assessment> ordered, OffsetDateTime firstDoseAt) {
        if (firstDoseAt == null) {
            return 0;
        }
        int index = 0;
        for (int i = 0; i < ordered.size() && !ordered.get(i).takenAt().isAfter(firstDoseAt); i++) {
            index = i;
        }
        return index;
    }

    private static BigDecimal percentChange(int baselineTotal, int change) {
        if (baselineTotal == 0) {
            return null;
        }
        return BigDecimal.valueOf(change * 100L).divide(BigDecimal.valueOf(baselineTotal), 1, RoundingMode.HALF_UP);
    }
}
