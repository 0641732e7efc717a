package org.carepath.intake.screening.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.carepath.intake.eligibility.domain.AntidepressantTrial;
import org.carepath.intake.eligibility.domain.HistoryEntry;
import org.carepath.intake.eligibility.domain.Indication;
import org.carepath.intake.eligibility.domain.Medication;
import org.carepath.intake.eligibility.domain.Route;
import org.carepath.intake.eligibility.domain.SuicideRiskScreen;
import org.carepath.intake.eligibility.rest.EligibilityView;
import org.carepath.intake.screening.persistence.ScreeningEntity;
import org.carepath.platform.audit.HasId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Screening")
public record ScreeningView(UUID id, UUID patientId, LocalDate assessedOn, Indication indication,
        Set<Route> requestedRoutes, List<HistoryEntry> history, List<Medication> medications,
        List<AntidepressantTrial> antidepressantTrials, List<Integer> phq9, int phq9Total, List<Integer> gad7,
        int gad7Total, SuicideRiskScreen suicideRiskScreen, Integer baselineSystolic, Integer baselineDiastolic,
        Integer baselineHeartRate, OffsetDateTime recordedAt,
        @Schema(description = "The decision made from this screening, on the response to recording it")
        EligibilityView eligibility) implements HasId {

    static ScreeningView of(ScreeningEntity s, EligibilityView eligibility) {
        return new ScreeningView(s.id, s.patientId, s.assessedOn, s.indication, s.requestedRoutes, s.history,
                s.medications, s.antidepressantTrials, s.phq9Answers, s.phq9Total, s.gad7Answers, s.gad7Total, s.cssrs,
                s.baselineSystolic, s.baselineDiastolic, s.baselineHeartRate, s.recordedAt, eligibility);
    }
}
