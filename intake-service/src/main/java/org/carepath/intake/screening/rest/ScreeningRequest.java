package org.carepath.intake.screening.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.carepath.intake.eligibility.domain.AntidepressantTrial;
import org.carepath.intake.eligibility.domain.HistoryCondition;
import org.carepath.intake.eligibility.domain.HistoryEntry;
import org.carepath.intake.eligibility.domain.Indication;
import org.carepath.intake.eligibility.domain.Medication;
import org.carepath.intake.eligibility.domain.MedicationClass;
import org.carepath.intake.eligibility.domain.Route;
import org.carepath.intake.eligibility.domain.SuicideRiskScreen;
import org.carepath.intake.screening.service.ScreeningInput;
import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScreeningRequest", description = "A structured evaluation: coded history, medications, prior"
        + " antidepressant trials, baseline PHQ-9, GAD-7 and C-SSRS screener answers, baseline vitals, requested routes")
public record ScreeningRequest(
        @NotNull @PastOrPresent @Schema(examples = "2026-11-20") LocalDate assessedOn,
        @NotNull @Schema(examples = "TRD") Indication indication,
        @NotEmpty Set<@NotNull Route> requestedRoutes,
        @NotNull @Size(max = 60) List<@NotNull @Valid HistoryItem> history,
        @NotNull @Size(max = 60) List<@NotNull @Valid MedicationItem> medications,
        @NotNull @Size(max = 40) List<@NotNull @Valid TrialItem> antidepressantTrials,
        @NotNull @Size(min = 9, max = 9, message = "all 9 PHQ-9 items must be answered")
        @Schema(description = "PHQ-9 items 1-9 in order, each 0-3", examples = "[2, 3, 2, 2, 1, 2, 1, 1, 0]")
        List<@NotNull @Min(0) @Max(3) Integer> phq9,
        @NotNull @Size(min = 7, max = 7, message = "all 7 GAD-7 items must be answered")
        @Schema(description = "GAD-7 items 1-7 in order, each 0-3", examples = "[1, 2, 1, 1, 0, 1, 1]")
        List<@NotNull @Min(0) @Max(3) Integer> gad7,
        @NotNull @Valid Cssrs cssrs,
        @Valid Vitals baselineVitals) {

    @Schema(name = "ScreeningHistoryItem")
    public record HistoryItem(
            @NotNull @Schema(examples = "SUBSTANCE_USE_DISORDER") HistoryCondition condition,
            @PastOrPresent @Schema(description = "When it last occurred, if known") LocalDate lastOccurred,
            @Schema(description = "Present now") boolean current) {
    }

    @Schema(name = "ScreeningMedication")
    public record MedicationItem(
            @NotBlank @Size(max = 100) @Schema(examples = "clonazepam") String name,
            @NotNull @Schema(examples = "BENZODIAZEPINE") MedicationClass medicationClass,
            @DecimalMin("0") @DecimalMax("1000") @Schema(description = "Benzodiazepines only", examples = "20")
            Double diazepamEquivalentMgPerDay) {
    }

    @Schema(name = "AntidepressantTrial")
    public record TrialItem(
            @NotBlank @Size(max = 100) @Schema(examples = "sertraline") String drug,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("5000") @Schema(examples = "150") Double doseMg,
            @NotNull @Min(1) @Max(520) @Schema(examples = "8") Integer weeks,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(description = "Percent symptom reduction", examples = "20")
            Double improvementPercent,
            @NotNull @Schema(description = "In the current depressive episode") Boolean currentEpisode) {
    }

    /** The C-SSRS screener: Q1, Q2 and Q6 always; Q3-Q5 when Q2 is yes; the 3-month follow-up when Q6 is yes. */
    @Schema(name = "CssrsScreener")
    public record Cssrs(
            @NotNull @Schema(description = "Q1 wished to be dead") Boolean wishedDead,
            @NotNull @Schema(description = "Q2 thoughts of killing oneself") Boolean suicidalThoughts,
            @Schema(description = "Q3 thought about how") Boolean method,
            @Schema(description = "Q4 some intention of acting") Boolean intent,
            @Schema(description = "Q5 worked out details, intends to carry out") Boolean plan,
            @NotNull @Schema(description = "Q6 ever done or prepared anything to end life") Boolean behaviorEver,
            @Schema(description = "Q6 follow-up: within the past 3 months") Boolean behaviorPast3Months) {
    }

    @Schema(name = "BaselineVitals")
    public record Vitals(
            @NotNull @Min(50) @Max(300) @Schema(examples = "128") Integer systolic,
            @NotNull @Min(20) @Max(200) @Schema(examples = "82") Integer diastolic,
            @NotNull @Min(20) @Max(250) @Schema(examples = "72") Integer heartRate) {
    }

    ScreeningInput toInput() {
        requireScreenerFollowUps();
        try {
            return input();
        } catch (IllegalArgumentException e) {
            // The domain refuses answers that contradict each other; its messages state the rule, not the values.
            throw ProblemException.unprocessable("screening-inconsistent", e.getMessage());
        }
    }

    private ScreeningInput input() {
        return new ScreeningInput(assessedOn, indication, requestedRoutes,
                history.stream().map(h -> new HistoryEntry(h.condition(), h.lastOccurred(), h.current())).toList(),
                medications.stream().map(m -> new Medication(m.name(), m.medicationClass(), m.diazepamEquivalentMgPerDay()))
                        .toList(),
                antidepressantTrials.stream().map(t -> new AntidepressantTrial(t.drug(), t.doseMg(), t.weeks(),
                        t.improvementPercent(), t.currentEpisode())).toList(),
                phq9, gad7,
                new SuicideRiskScreen(phq9.get(8), cssrs.wishedDead(), cssrs.suicidalThoughts(), cssrs.method(),
                        cssrs.intent(), cssrs.plan(), cssrs.behaviorEver(), cssrs.behaviorPast3Months()),
                baselineVitals == null ? null : baselineVitals.systolic(),
                baselineVitals == null ? null : baselineVitals.diastolic(),
                baselineVitals == null ? null : baselineVitals.heartRate());
    }

    /**
     * The screener's skip logic, both ways: an incomplete screener is refused rather than read as "no" (unanswered
     * is not the same as safe), and a yes to a question the form skips contradicts the answer that skipped it.
     * Every answer at fault is named at once.
     */
    private void requireScreenerFollowUps() {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean thoughts = Boolean.TRUE.equals(cssrs.suicidalThoughts());
        followUp(errors, "cssrs.method", cssrs.method(), thoughts, "suicidalThoughts");
        followUp(errors, "cssrs.intent", cssrs.intent(), thoughts, "suicidalThoughts");
        followUp(errors, "cssrs.plan", cssrs.plan(), thoughts, "suicidalThoughts");
        followUp(errors, "cssrs.behaviorPast3Months", cssrs.behaviorPast3Months(),
                Boolean.TRUE.equals(cssrs.behaviorEver()), "behaviorEver");
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    /** A follow-up must be answered when its question was yes, and cannot be yes when it was no (then it is skipped). */
    private static void followUp(List<Problem.FieldError> errors, String field, Boolean answer, boolean asked,
            String question) {
        if (asked && answer == null) {
            errors.add(new Problem.FieldError(field, "must be answered when " + question + " is true"));
        } else if (!asked && Boolean.TRUE.equals(answer)) {
            errors.add(new Problem.FieldError(field, "cannot be true when " + question
                    + " is false: the screener skips it"));
        }
    }
}
