package org.carepath.intake.screening.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.carepath.intake.eligibility.domain.AntidepressantTrial;
import org.carepath.intake.eligibility.domain.HistoryEntry;
import org.carepath.intake.eligibility.domain.Indication;
import org.carepath.intake.eligibility.domain.Medication;
import org.carepath.intake.eligibility.domain.Route;
import org.carepath.intake.eligibility.domain.SuicideRiskScreen;

/** A screening as recorded, already checked for shape at the edge; the patient supplies the birth date. */
public record ScreeningInput(LocalDate assessedOn, Indication indication, Set<Route> requestedRoutes,
        List<HistoryEntry> history, List<Medication> medications, List<AntidepressantTrial> antidepressantTrials,
        List<Integer> phq9, List<Integer> gad7, SuicideRiskScreen suicideRiskScreen, Integer baselineSystolic,
        Integer baselineDiastolic, Integer baselineHeartRate) {
}
