package org.carepath.intake.eligibility.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.noNulls;
import static org.carepath.platform.domain.Checks.required;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * What screening recorded for one patient, as the eligibility engine reads it. Baseline vitals are mmHg and
 * beats per minute, null when not measured.
 */
public record Screening(
        LocalDate dateOfBirth,
        LocalDate assessedOn,
        Set<Route> requestedRoutes,
        Indication indication,
        List<HistoryEntry> history,
        List<Medication> medications,
        List<AntidepressantTrial> antidepressantTrials,
        SuicideRiskScreen suicideRiskScreen,
        Integer baselineSystolic,
        Integer baselineDiastolic,
        Integer baselineHeartRate) {

    public Screening {
        required(dateOfBirth, "dateOfBirth");
        required(assessedOn, "assessedOn");
        check(!dateOfBirth.isAfter(assessedOn), "dateOfBirth must not be after assessedOn");
        check(requestedRoutes != null && !requestedRoutes.isEmpty(), "at least one requested route is required");
        requestedRoutes = Set.copyOf(noNulls(requestedRoutes, "requestedRoutes"));
        required(indication, "indication");
        history = List.copyOf(noNulls(required(history, "history"), "history"));
        medications = List.copyOf(noNulls(required(medications, "medications"), "medications"));
        antidepressantTrials = List.copyOf(
                noNulls(required(antidepressantTrials, "antidepressantTrials"), "antidepressantTrials"));
        required(suicideRiskScreen, "suicideRiskScreen");
        for (HistoryEntry entry : history) {
            check(entry.lastOccurred() == null || !entry.lastOccurred().isAfter(assessedOn),
                    "history dates must not be after assessedOn");
        }
        check(baselineSystolic == null || baselineSystolic > 0, "baselineSystolic must be more than 0");
        check(baselineDiastolic == null || baselineDiastolic > 0, "baselineDiastolic must be more than 0");
        check(baselineHeartRate == null || baselineHeartRate > 0, "baselineHeartRate must be more than 0");
        check(baselineSystolic == null || baselineDiastolic == null || baselineSystolic > baselineDiastolic,
                "baselineSystolic must be above baselineDiastolic");
    }

    /** Completed years at the assessment date; a birthday not yet reached that year does not count. */
    public int ageInYears() {
        return Period.between(dateOfBirth, assessedOn).getYears();
    }

    public boolean requested(Route route) {
        return requestedRoutes.contains(route);
    }

    public List<HistoryEntry> entries(HistoryCondition condition) {
        return history.stream().filter(entry -> entry.condition() == condition).toList();
    }

}
