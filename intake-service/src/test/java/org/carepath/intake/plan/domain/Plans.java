package org.carepath.intake.plan.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.carepath.intake.eligibility.domain.Route;

/** Plans that pass every rule with the default policy, to change one value at a time. */
final class Plans {

    private Route route;
    private Drug drug;
    private Dose firstDose;
    private Dose subsequentDose;
    private Integer infusionMinutes;
    private int sessionsPerWeek;
    private int weeks;
    private Integer maintenanceIntervalWeeks;
    private int integrationSessions;
    private List<Integer> reassessmentWeeks;

    private Plans(Route route, Drug drug, Dose dose, Integer infusionMinutes, int sessionsPerWeek, int weeks) {
        this.route = route;
        this.drug = drug;
        this.firstDose = dose;
        this.subsequentDose = dose;
        this.infusionMinutes = infusionMinutes;
        this.sessionsPerWeek = sessionsPerWeek;
        this.weeks = weeks;
        this.integrationSessions = 2;
        this.reassessmentWeeks = List.of(weeks);
    }

    /** TRD under 65: 56 mg twice weekly for 4 weeks, then weekly. */
    static Plans esketamine() {
        return new Plans(Route.ESKETAMINE_INTRANASAL, Drug.ESKETAMINE, mg("56"), null, 2, 4).maintenanceEvery(1);
    }

    /** MDSI: 84 mg twice weekly for 4 weeks, no maintenance. */
    static Plans esketamineMdsi() {
        return new Plans(Route.ESKETAMINE_INTRANASAL, Drug.ESKETAMINE, mg("84"), null, 2, 4);
    }

    /** Six 40-minute infusions of 0.5 mg/kg, three a week. */
    static Plans iv() {
        return new Plans(Route.IV, Drug.RACEMIC_KETAMINE, perKg("0.5"), 40, 3, 2);
    }

    static Plans oral() {
        return new Plans(Route.ORAL, Drug.RACEMIC_KETAMINE, perKg("1.0"), null, 2, 3);
    }

    static Plans im() {
        return new Plans(Route.IM, Drug.RACEMIC_KETAMINE, perKg("0.5"), null, 2, 3);
    }

    static Dose mg(String amount) {
        return Dose.ofMg(new BigDecimal(amount));
    }

    static Dose perKg(String amount) {
        return Dose.ofMgPerKg(new BigDecimal(amount));
    }

    Plans route(Route value) {
        route = value;
        return this;
    }

    Plans drug(Drug value) {
        drug = value;
        return this;
    }

    Plans first(Dose value) {
        firstDose = value;
        return this;
    }

    Plans subsequent(Dose value) {
        subsequentDose = value;
        return this;
    }

    Plans doses(Dose value) {
        return first(value).subsequent(value);
    }

    Plans infusionMinutes(Integer value) {
        infusionMinutes = value;
        return this;
    }

    /** Keeps the end-of-induction reassessment in step with the induction length. */
    Plans induction(int perWeek, int forWeeks) {
        sessionsPerWeek = perWeek;
        weeks = forWeeks;
        reassessmentWeeks = List.of(forWeeks);
        return this;
    }

    Plans maintenanceEvery(int intervalWeeks) {
        maintenanceIntervalWeeks = intervalWeeks;
        return this;
    }

    Plans noMaintenance() {
        maintenanceIntervalWeeks = null;
        return this;
    }

    Plans reassessAt(Integer... value) {
        reassessmentWeeks = Arrays.asList(value);
        return this;
    }

    DosingPlan build() {
        return new DosingPlan(route, drug, firstDose, subsequentDose, infusionMinutes,
                new InductionSchedule(sessionsPerWeek, weeks),
                maintenanceIntervalWeeks == null ? null : new MaintenanceSchedule(maintenanceIntervalWeeks),
                integrationSessions, reassessmentWeeks);
    }

    List<PlanViolation> check(PatientFacts patient, PlanPolicy policy) {
        return PlanRules.check(build(), patient, policy);
    }

    List<PlanViolation> check(PatientFacts patient) {
        return check(patient, PlanPolicy.defaults());
    }

    List<PlanViolation> check() {
        return check(Patients.adult());
    }
}
