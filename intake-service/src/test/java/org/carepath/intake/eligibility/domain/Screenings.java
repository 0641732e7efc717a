package org.carepath.intake.eligibility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Screenings for tests: {@link #eligible()} passes every rule on every route; each test changes one thing. */
final class Screenings {

    static final LocalDate ASSESSED_ON = LocalDate.of(2026, 3, 2);
    static final LocalDate ADULT_BIRTH_DATE = LocalDate.of(1986, 5, 14);

    private LocalDate dateOfBirth = ADULT_BIRTH_DATE;
    private LocalDate assessedOn = ASSESSED_ON;
    private Set<Route> routes = EnumSet.allOf(Route.class);
    private Indication indication = Indication.TRD;
    private final List<HistoryEntry> history = new ArrayList<>();
    private final List<Medication> medications = new ArrayList<>();
    private List<AntidepressantTrial> trials = List.of(
            failedTrial("sertraline", 8),
            failedTrial("venlafaxine", 6));
    private SuicideRiskScreen suicideRiskScreen = noRisk();
    private Integer systolic = 122;
    private Integer diastolic = 78;
    private Integer heartRate = 72;

    private Screenings() {
    }

    static Screenings eligible() {
        return new Screenings();
    }

    static AntidepressantTrial failedTrial(String drug, int weeks) {
        return new AntidepressantTrial(drug, 100, weeks, 10, true);
    }

    static SuicideRiskScreen noRisk() {
        return new SuicideRiskScreen(0, false, false, null, null, null, false, null);
    }

    static SuicideRiskScreen phq9Item9(int answer) {
        return new SuicideRiskScreen(answer, null, null, null, null, null, null, null);
    }

    Screenings bornOn(LocalDate date) {
        this.dateOfBirth = date;
        return this;
    }

    Screenings assessedOn(LocalDate date) {
        this.assessedOn = date;
        return this;
    }

    Screenings routes(Route first, Route... rest) {
        this.routes = EnumSet.of(first, rest);
        return this;
    }

    Screenings indication(Indication value) {
        this.indication = value;
        return this;
    }

    Screenings with(HistoryEntry entry) {
        history.add(entry);
        return this;
    }

    Screenings withCurrent(HistoryCondition condition) {
        return with(new HistoryEntry(condition, null, true));
    }

    Screenings withPast(HistoryCondition condition, LocalDate lastOccurred) {
        return with(new HistoryEntry(condition, lastOccurred, false));
    }

    Screenings withUndated(HistoryCondition condition) {
        return with(new HistoryEntry(condition, null, false));
    }

    Screenings taking(String name, MedicationClass medicationClass) {
        return taking(new Medication(name, medicationClass, null));
    }

    Screenings taking(Medication medication) {
        medications.add(medication);
        return this;
    }

    Screenings trials(AntidepressantTrial... values) {
        this.trials = List.of(values);
        return this;
    }

    Screenings suicideRisk(SuicideRiskScreen screen) {
        this.suicideRiskScreen = screen;
        return this;
    }

    Screenings vitals(Integer systolic, Integer diastolic, Integer heartRate) {
        this.systolic = systolic;
        this.diastolic = diastolic;
        this.heartRate = heartRate;
        return this;
    }

    Screening build() {
        return new Screening(dateOfBirth, assessedOn, routes, indication, history, medications, trials,
                suicideRiskScreen, systolic, diastolic, heartRate);
    }

    EligibilityDecision decide() {
        return decide(EligibilityPolicy.defaults());
    }

    EligibilityDecision decide(EligibilityPolicy policy) {
        return EligibilityEngine.decide(build(), policy);
    }
}
