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
import java.util.stream.Stream;

import org.carepath.outcomes.assessment.domain.Assessment.Origin;

/**
 * How a patient's scores on one outcome instrument moved from the baseline before the first dose to the latest
 * score, with the standard outcome definitions of DOMAIN.md 4.8 applied. Why: response, remission, relapse and
 * worsening are judged the same way for every report, task and event, under the clinic's policy, and only when they
 * can be: see {@link Assessability}.
 *
 * @param baselineId the last score at or before the first dose (with no dose yet, the latest score); null when
 *     there is none, as are the other baseline fields
 * @param change latest minus baseline; null unless assessable, as are all the judgements below
 * @param percentChange change as a percentage of baseline to one decimal; also null when the baseline is 0
 * @param mcidReached PHQ-9 only (null otherwise): a drop of at least the MCID
 * @param response a drop of at least the response percentage of a baseline above 0
 * @param remission PHQ-9 and MADRS only (null otherwise): the latest total is in remission
 * @param relapse MADRS only (null otherwise): after response or remission, two consecutive assessments at or above
 *     the relapse level, a policy number of calendar days apart; hospitalization or suicide events are not scores
 *     and are not judged here
 * @param worsening a rise of at least the MCID (PHQ-9), or for scales without one, a rise of at least 1 point and
 *     at least the worsening percentage of baseline
 */
public record Trajectory(Instrument instrument, Assessability assessability,
        UUID baselineId, OffsetDateTime baselineAt, Integer baselineTotal, Origin baselineOrigin,
        UUID latestId, OffsetDateTime latestAt, int latestTotal, Origin latestOrigin,
        Integer change, BigDecimal percentChange,
        Boolean mcidReached, Boolean response, Boolean remission, Boolean relapse, Boolean worsening) {

    public Trajectory {
        required(instrument, "trajectory instrument");
        required(assessability, "trajectory assessability");
        boolean baseline = baselineId != null;
        check(Stream.of(baselineAt, baselineTotal, baselineOrigin).allMatch(field -> (field != null) == baseline),
                "trajectory baseline id, time, total and origin are given together");
        check(baseline == (assessability != Assessability.NO_PRE_DOSE_BASELINE),
                "a trajectory has a baseline unless none was taken before the first dose");
        required(latestId, "trajectory latest id");
        required(latestAt, "trajectory latest time");
        required(latestOrigin, "trajectory latest origin");
        if (assessability == Assessability.ASSESSABLE) {
            check(change != null && change == latestTotal - baselineTotal,
                    "trajectory change is latest minus baseline");
            required(response, "an assessable trajectory's response");
            required(worsening, "an assessable trajectory's worsening");
        } else {
            check(Stream.of(change, percentChange, mcidReached, response, remission, relapse, worsening)
                    .allMatch(judgement -> judgement == null), "a trajectory that is not assessable claims nothing");
        }
    }

    /**
     * @param scores scores of one outcome instrument, from assessments and screenings, in any order
     * @param firstDoseAt null when no dose has been given
     */
    public static Trajectory of(List<Assessment> scores, OffsetDateTime firstDoseAt, OutcomePolicy policy) {
        required(policy, "outcome policy");
        noNulls(required(scores, "scores"), "scores");
        check(!scores.isEmpty(), "a trajectory needs at least one score");
        Instrument instrument = scores.get(0).instrument();
        check(instrument.outcomeMeasure(), "a trajectory is only computed for a symptom outcome instrument");
        check(scores.stream().allMatch(score -> score.instrument() == instrument),
                "a trajectory's scores must all be of one instrument");
        List<Assessment> ordered = new ArrayList<>(scores);
        ordered.sort(Comparator.comparing(Assessment::takenAt, OffsetDateTime.timeLineOrder()));
        int last = ordered.size() - 1;
        Assessment latest = ordered.get(last);

        int baselineIndex = firstDoseAt == null ? last : lastAtOrBefore(ordered, firstDoseAt);
        if (baselineIndex < 0) {
            return notAssessable(Assessability.NO_PRE_DOSE_BASELINE, null, latest);
        }
        Assessment baseline = ordered.get(baselineIndex);
        if (firstDoseAt == null) {
            return notAssessable(Assessability.NO_DOSE_YET, baseline, latest);
        }
        if (baselineIndex == last) {
            return notAssessable(Assessability.NO_SCORE_SINCE_FIRST_DOSE, baseline, latest);
        }
        int change = latest.total() - baseline.total();
        Outcomes outcomes = new Outcomes(instrument, baseline.total(), policy);
        return new Trajectory(instrument, Assessability.ASSESSABLE,
                baseline.id(), baseline.takenAt(), baseline.total(), baseline.origin(),
                latest.id(), latest.takenAt(), latest.total(), latest.origin(),
                change, percentChange(baseline.total(), change),
                instrument == Instrument.PHQ_9 ? -change >= policy.phq9Mcid() : null,
                outcomes.response(latest.total()), outcomes.remission(latest.total()),
                instrument == Instrument.MADRS ? outcomes.relapsed(ordered.subList(baselineIndex + 1, ordered.size()))
                        : null,
                outcomes.worsened(latest.total()));
    }

    /** Response was claimed: false when it was not, or when it cannot be judged. */
    public boolean responseClaimed() {
        return Boolean.TRUE.equals(response);
    }

    /** Remission was claimed: false when it was not, or when it cannot be judged. */
    public boolean remissionClaimed() {
        return Boolean.TRUE.equals(remission);
    }

    /** Relapse was claimed: false when it was not, or when it cannot be judged. */
    public boolean relapseClaimed() {
        return Boolean.TRUE.equals(relapse);
    }

    private static Trajectory notAssessable(Assessability why, Assessment baseline, Assessment latest) {
        return new Trajectory(latest.instrument(), why,
                baseline == null ? null : baseline.id(), baseline == null ? null : baseline.takenAt(),
                baseline == null ? null : baseline.total(), baseline == null ? null : baseline.origin(),
                latest.id(), latest.takenAt(), latest.total(), latest.origin(),
                null, null, null, null, null, null, null);
    }

    // A score taken at the very moment of the first dose is a pre-dose score: it is taken before the dose is given.
    private static int lastAtOrBefore(List<Assessment> ordered, OffsetDateTime firstDoseAt) {
        int index = -1;
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
