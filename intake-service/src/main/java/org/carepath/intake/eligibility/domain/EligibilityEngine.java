package org.carepath.intake.eligibility.domain;

import static org.carepath.platform.domain.Checks.required;
import static org.carepath.intake.eligibility.domain.HistoryCondition.ACUTE_HEAD_OR_EYE_TRAUMA;
import static org.carepath.intake.eligibility.domain.HistoryCondition.ANEURYSMAL_VASCULAR_DISEASE;
import static org.carepath.intake.eligibility.domain.HistoryCondition.ARTERIOVENOUS_MALFORMATION;
import static org.carepath.intake.eligibility.domain.HistoryCondition.BREAST_FEEDING;
import static org.carepath.intake.eligibility.domain.HistoryCondition.CARDIOVASCULAR_EVENT;
import static org.carepath.intake.eligibility.domain.HistoryCondition.HEPATIC_IMPAIRMENT_CHILD_PUGH_C;
import static org.carepath.intake.eligibility.domain.HistoryCondition.HYPERTENSIVE_ENCEPHALOPATHY;
import static org.carepath.intake.eligibility.domain.HistoryCondition.INTRACEREBRAL_HEMORRHAGE;
import static org.carepath.intake.eligibility.domain.HistoryCondition.KETAMINE_HYPERSENSITIVITY;
import static org.carepath.intake.eligibility.domain.HistoryCondition.MANIA;
import static org.carepath.intake.eligibility.domain.HistoryCondition.PREGNANCY;
import static org.carepath.intake.eligibility.domain.HistoryCondition.PROLONGED_QT;
import static org.carepath.intake.eligibility.domain.HistoryCondition.PSYCHOSIS;
import static org.carepath.intake.eligibility.domain.HistoryCondition.RAISED_INTRACRANIAL_PRESSURE;
import static org.carepath.intake.eligibility.domain.HistoryCondition.RAISED_INTRAOCULAR_PRESSURE;
import static org.carepath.intake.eligibility.domain.HistoryCondition.SEIZURE_DISORDER;
import static org.carepath.intake.eligibility.domain.HistoryCondition.SEVERE_HEART_DISEASE;
import static org.carepath.intake.eligibility.domain.HistoryCondition.SEVERE_LIVER_DISEASE;
import static org.carepath.intake.eligibility.domain.HistoryCondition.SEVERE_LUNG_DISEASE;
import static org.carepath.intake.eligibility.domain.HistoryCondition.SUBSTANCE_USE_DISORDER;
import static org.carepath.intake.eligibility.domain.HistoryCondition.UNCONTROLLED_ATRIAL_FIBRILLATION;
import static org.carepath.intake.eligibility.domain.HistoryCondition.UNCONTROLLED_HYPERTENSION;
import static org.carepath.intake.eligibility.domain.HistoryCondition.UNSTABLE_ANGINA;
import static org.carepath.intake.eligibility.domain.Severity.ADVISORY;
import static org.carepath.intake.eligibility.domain.Severity.CRITERION_NOT_MET;
import static org.carepath.intake.eligibility.domain.Severity.HARD_CONTRAINDICATION;
import static org.carepath.intake.eligibility.domain.Severity.REQUIRES_SIGN_OFF;
import static org.carepath.intake.eligibility.domain.Severity.URGENT;
import static org.carepath.intake.eligibility.domain.Wording.number;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides, route by route, whether a screened patient may start ketamine or esketamine (DOMAIN.md section 3,
 * rules 6, 7 and 9). A hard contraindication or an unmet criterion makes a route INELIGIBLE; a relative
 * contraindication or a positive suicide-risk screen makes it REVIEW_REQUIRED; advisories change nothing.
 */
public final class EligibilityEngine {

    private static final Set<Route> ALL_ROUTES = EnumSet.allOf(Route.class);
    private static final Set<Route> ESKETAMINE = EnumSet.of(Route.ESKETAMINE_INTRANASAL);
    private static final Set<Route> RACEMIC_KETAMINE = EnumSet.of(Route.IV, Route.IM, Route.ORAL);
    private static final Set<Route> PARENTERAL = EnumSet.of(Route.IV, Route.IM);

    /** A history condition that weighs the same on every route; some count only while current. */
    private record ConditionRule(HistoryCondition condition, boolean currentOnly, Reason reason) {
    }

    // Rule 6 lists the label's absolute contraindications without limiting them to esketamine, so they block every
    // route; they guard against the blood-pressure surge that racemic ketamine shares [S19][S20]. Clinic-practice
    // exclusions (3.3) and label warnings (3.2) need prescriber sign-off on every route: it is the same molecule.
    private static final List<ConditionRule> CONDITION_RULES = List.of(
            new ConditionRule(ANEURYSMAL_VASCULAR_DISEASE, false, new Reason("aneurysmal-vascular-disease",
                    HARD_CONTRAINDICATION, "[S5][S4b]", "Aneurysmal vascular disease (aorta, intracranial or "
                            + "peripheral arteries) is an absolute contraindication in the esketamine label; "
                            + "domain rule 6 applies it to every route.")),
            new ConditionRule(ARTERIOVENOUS_MALFORMATION, false, new Reason("arteriovenous-malformation",
                    HARD_CONTRAINDICATION, "[S5][S4b]", "Arteriovenous malformation is an absolute "
                            + "contraindication in the esketamine label; domain rule 6 applies it to every route.")),
            new ConditionRule(INTRACEREBRAL_HEMORRHAGE, false, new Reason("intracerebral-hemorrhage",
                    HARD_CONTRAINDICATION, "[S5]", "A history of intracerebral hemorrhage is an absolute "
                            + "contraindication in the esketamine label; domain rule 6 applies it to every route.")),
            new ConditionRule(KETAMINE_HYPERSENSITIVITY, false, new Reason("ketamine-hypersensitivity",
                    HARD_CONTRAINDICATION, "[S5]", "Hypersensitivity to esketamine, ketamine or their excipients "
                            + "rules out every ketamine product.")),
            new ConditionRule(PSYCHOSIS, false, signOff("psychosis-history", "[S4a][S25a][S25b][S25c2]",
                    "A history of psychosis or schizophrenia needs a careful benefit-risk assessment (esketamine "
                            + "label) and is a ketamine clinic exclusion.")),
            new ConditionRule(MANIA, false, signOff("mania-history", "[S25a][S25b]",
                    "A history of mania is a ketamine clinic exclusion.")),
            new ConditionRule(PREGNANCY, true, signOff("pregnancy", "[S4c][S25f][S25a][S25b]",
                    "Pregnancy: esketamine may cause fetal harm and is not recommended, and ketamine clinics "
                            + "exclude pregnancy.")),
            new ConditionRule(BREAST_FEEDING, true, signOff("breast-feeding", "[S4c][S25f][S25a][S25b]",
                    "Breast-feeding: esketamine is not recommended, and ketamine clinics exclude breast-feeding.")),
            new ConditionRule(SEIZURE_DISORDER, false, signOff("seizure-disorder", "[S25a][S25b]",
                    "A seizure disorder or epilepsy is a ketamine clinic exclusion.")),
            new ConditionRule(RAISED_INTRACRANIAL_PRESSURE, true, signOff("raised-intracranial-pressure", "[S26]",
                    "Raised intracranial pressure is an exclusion of the emergency-department ketamine protocol.")),
            new ConditionRule(ACUTE_HEAD_OR_EYE_TRAUMA, true, signOff("acute-head-or-eye-trauma", "[S26]",
                    "Acute head or eye trauma is an exclusion of the emergency-department ketamine protocol.")),
            new ConditionRule(RAISED_INTRAOCULAR_PRESSURE, true, signOff("raised-intraocular-pressure", "[S25h]",
                    "Raised intraocular pressure: ketamine can raise it further.")),
            new ConditionRule(UNCONTROLLED_HYPERTENSION, true, signOff("uncontrolled-hypertension",
                    "[S4b][S25a][S25b]", "Uncontrolled hypertension: (es)ketamine raises blood pressure, and "
                            + "ketamine clinics exclude severe or uncontrolled hypertension.")),
            new ConditionRule(UNSTABLE_ANGINA, true, signOff("unstable-angina", "[S4b][S25a][S25b]",
                    "Unstable angina: cardiovascular disease needs a benefit-risk assessment (esketamine label) "
                            + "and is a ketamine clinic exclusion.")),
            new ConditionRule(UNCONTROLLED_ATRIAL_FIBRILLATION, true, signOff("uncontrolled-atrial-fibrillation",
                    "[S4b][S25a][S25b]", "Uncontrolled atrial fibrillation: cardiovascular disease needs a "
                            + "benefit-risk assessment (esketamine label) and is a ketamine clinic exclusion.")),
            new ConditionRule(PROLONGED_QT, true, signOff("prolonged-qt", "[S4b][S25a][S25b]",
                    "Prolonged QT: cardiovascular disease needs a benefit-risk assessment (esketamine label) and "
                            + "is a ketamine clinic exclusion.")),
            new ConditionRule(SEVERE_HEART_DISEASE, true, signOff("severe-heart-disease", "[S4b][S2][S25b]",
                    "Severe heart disease: the label asks for a benefit-risk assessment and, in the EU, treatment "
                            + "only where resuscitation equipment and trained staff are present; clinics exclude it.")),
            new ConditionRule(SEVERE_LUNG_DISEASE, true, signOff("severe-lung-disease", "[S2][S25b]",
                    "Severe lung disease: the EU label allows unstable respiratory disease only where resuscitation "
                            + "equipment and trained staff are present; clinics exclude it.")),
            new ConditionRule(SEVERE_LIVER_DISEASE, true, signOff("severe-liver-disease", "[S25b]",
                    "Severe liver disease is a ketamine clinic exclusion.")),
            new ConditionRule(HEPATIC_IMPAIRMENT_CHILD_PUGH_C, true, signOff("hepatic-impairment-child-pugh-c",
                    "[S25g][S25b]", "There is no esketamine experience in severe hepatic impairment (Child-Pugh C), "
                            + "and ketamine clinics exclude severe liver disease.")),
            new ConditionRule(HYPERTENSIVE_ENCEPHALOPATHY, false, new Reason("hypertensive-encephalopathy-history",
                    ADVISORY, "[S4b]", "A history of hypertensive encephalopathy calls for intensive "
                            + "blood-pressure monitoring during treatment.")));

    private EligibilityEngine() {
    }

    public static EligibilityDecision decide(Screening screening, EligibilityPolicy policy) {
        required(screening, "screening");
        required(policy, "policy");
        Findings findings = new Findings(screening.requestedRoutes());
        age(screening, policy, findings);
        historyConditions(screening, findings);
        cardiovascularEvents(screening, policy, findings);
        substanceUse(screening, policy, findings);
        baselineVitals(screening, policy, findings);
        esketamineIndication(screening, findings);
        trdEvidence(screening, policy, findings);
        suicideRisk(screening, findings);
        return new EligibilityDecision(findings.decisions(), MedicationFlags.of(screening, policy),
                screening.suicideRiskScreen().riskLevel());
    }

    private static void age(Screening screening, EligibilityPolicy policy, Findings findings) {
        int age = screening.ageInYears();
        if (age < policy.minimumAgeYears()) {
            findings.add(ALL_ROUTES, new Reason("age-under-minimum", HARD_CONTRAINDICATION, "[S5][S25b]",
                    "Younger than the minimum age of " + policy.minimumAgeYears() + " years: esketamine is not "
                            + "approved and ketamine clinics do not treat below it (domain rule 6)."));
        }
        if (age <= policy.suicidalityWarningMaxAgeYears()) {
            findings.add(ESKETAMINE, new Reason("suicidality-boxed-warning", ADVISORY, "[S4][S5]",
                    "Aged " + policy.suicidalityWarningMaxAgeYears() + " or under: the antidepressant boxed warning "
                            + "on suicidal thoughts and behavior applies; esketamine does not replace "
                            + "hospitalization."));
        }
    }

    private static void historyConditions(Screening screening, Findings findings) {
        for (ConditionRule rule : CONDITION_RULES) {
            if (screening.entries(rule.condition()).stream()
                    .anyMatch(entry -> entry.current() || !rule.currentOnly())) {
                findings.add(ALL_ROUTES, rule.reason());
            }
        }
    }

    /**
     * MI or stroke: the EU esketamine label forbids it within its window [S3]; otherwise the US label's
     * "other cardiovascular disease" asks for a benefit-risk assessment at any time [S4b][S2]. Racemic ketamine
     * follows the clinic exclusion window [S25a]. An undated event could fall inside a window, so it needs sign-off.
     */
    private static void cardiovascularEvents(Screening screening, EligibilityPolicy policy, Findings findings) {
        List<HistoryEntry> events = screening.entries(CARDIOVASCULAR_EVENT);
        if (events.isEmpty()) {
            return;
        }
        LocalDate today = screening.assessedOn();
        boolean undated = events.stream().anyMatch(HistoryEntry::undated);
        LocalDate euWindowStart = today.minusWeeks(policy.euCardiovascularEventWeeks());
        LocalDate practiceWindowStart = today.minusMonths(policy.practiceCardiovascularEventMonths());
        String euWindow = policy.euCardiovascularEventWeeks() + " weeks";
        String practiceWindow = policy.practiceCardiovascularEventMonths() + " months";

        if (policy.euProfile() && events.stream().anyMatch(event -> event.occurredOnOrAfter(euWindowStart))) {
            findings.add(ESKETAMINE, new Reason("cardiovascular-event-eu-window", HARD_CONTRAINDICATION, "[S3]",
                    "A cardiovascular event (such as myocardial infarction) within the previous " + euWindow
                            + " is a contraindication in the EU esketamine label."));
        } else {
            findings.add(ESKETAMINE, signOff("cardiovascular-disease", "[S4b][S2]",
                    "A past myocardial infarction or stroke is cardiovascular disease, for which the esketamine "
                            + "label asks for a benefit-risk assessment."));
            if (policy.euProfile() && undated) {
                findings.add(ESKETAMINE, signOff("cardiovascular-event-date-unknown", "[S3]",
                        "A cardiovascular event is recorded without a date, so the EU label's " + euWindow
                                + " contraindication window cannot be checked."));
            }
        }

        if (events.stream().anyMatch(event -> event.occurredOnOrAfter(practiceWindowStart))) {
            findings.add(RACEMIC_KETAMINE, signOff("recent-cardiovascular-event", "[S25a]",
                    "A myocardial infarction or stroke within the previous " + practiceWindow
                            + " is a ketamine clinic exclusion."));
        } else if (undated) {
            findings.add(RACEMIC_KETAMINE, signOff("cardiovascular-event-date-unknown", "[S25a]",
                    "A myocardial infarction or stroke is recorded without a date, so the " + practiceWindow
                            + " clinic exclusion window cannot be checked."));
        } else {
            findings.add(RACEMIC_KETAMINE, new Reason("cardiovascular-event-history", ADVISORY, "[S4b][S20]",
                    "A myocardial infarction or stroke longer ago than " + practiceWindow + ": ketamine raises "
                            + "blood pressure, so weigh benefit against risk."));
        }
    }

    /** Active means current, last use within the abstinence period, or last use not recorded [S25c2]. */
    private static void substanceUse(Screening screening, EligibilityPolicy policy, Findings findings) {
        List<HistoryEntry> entries = screening.entries(SUBSTANCE_USE_DISORDER);
        if (entries.isEmpty()) {
            return;
        }
        LocalDate abstinentIfLastUsedBy = screening.assessedOn().minusMonths(policy.substanceUseAbstinenceMonths());
        boolean active = entries.stream().anyMatch(entry -> entry.current() || entry.lastOccurred() == null
                || entry.lastOccurred().isAfter(abstinentIfLastUsedBy));
        if (active) {
            findings.add(ALL_ROUTES, signOff("substance-use-disorder-active", "[S11][S4a][S25a][S25c2]",
                    "Substance use disorder without at least " + policy.substanceUseAbstinenceMonths()
                            + " months of recorded abstinence: assess abuse risk before prescribing; clinics "
                            + "exclude active addiction."));
        } else {
            findings.add(ALL_ROUTES, new Reason("substance-use-disorder-in-remission", ADVISORY, "[S11][S4a]",
                    "History of substance use disorder: assess abuse risk before prescribing and monitor for "
                            + "abuse or dependence."));
        }
    }

    /**
     * Parenteral routes: the ED protocol's do-not-start vitals [S26], which need a baseline to check against [S24].
     * Esketamine: the label's pre-dose blood-pressure guide, advisory here because it is checked before every dose.
     */
    private static void baselineVitals(Screening screening, EligibilityPolicy policy, Findings findings) {
        Integer systolic = screening.baselineSystolic();
        Integer diastolic = screening.baselineDiastolic();
        Integer heartRate = screening.baselineHeartRate();
        if (systolic == null || heartRate == null) {
            findings.add(PARENTERAL, signOff("baseline-vitals-missing", "[S24][S26]",
                    "Baseline systolic blood pressure and heart rate are needed to check the do-not-start limits."));
        }
        if (systolic != null && systolic > policy.parenteralDoNotStartSystolic()) {
            findings.add(PARENTERAL, signOff("baseline-systolic-above-limit", "[S26]",
                    "Baseline systolic blood pressure above the do-not-start limit of "
                            + policy.parenteralDoNotStartSystolic() + " mmHg."));
        }
        if (heartRate != null && heartRate > policy.parenteralDoNotStartHeartRate()) {
            findings.add(PARENTERAL, signOff("baseline-heart-rate-above-limit", "[S26]",
                    "Baseline heart rate above the do-not-start limit of " + policy.parenteralDoNotStartHeartRate()
                            + " per minute."));
        }

        boolean olderAdultEu = policy.euProfile() && screening.ageInYears() >= policy.olderAdultAgeYears();
        int systolicGuide = olderAdultEu ? policy.esketamineSystolicGuideOlderAdultsEu()
                : policy.esketamineSystolicGuide();
        if ((systolic != null && systolic > systolicGuide)
                || (diastolic != null && diastolic > policy.esketamineDiastolicGuide())) {
            findings.add(ESKETAMINE, new Reason("baseline-bp-above-label-guide", ADVISORY,
                    olderAdultEu ? "[S3]" : "[S4b][S3]",
                    "Baseline blood pressure above the label guide of " + systolicGuide + "/"
                            + policy.esketamineDiastolicGuide() + " mmHg: weigh delaying esketamine and treat "
                            + "blood pressure first; it is checked again before every dose."));
        }
    }

    private static void esketamineIndication(Screening screening, Findings findings) {
        if (!screening.indication().esketamineLabelled()) {
            findings.add(ESKETAMINE, signOff("esketamine-indication-off-label", "[S1][S14]",
                    "Esketamine is indicated for treatment-resistant depression and for depression with acute "
                            + "suicidal ideation or behavior; other indications are off-label."));
        }
    }

    /**
     * Rule 7: for TRD, esketamine needs enough failed adequate trials in the current episode. Trials of one drug
     * count once, since both labels speak of different antidepressants [S14][S2].
     */
    private static void trdEvidence(Screening screening, EligibilityPolicy policy, Findings findings) {
        if (screening.indication() != Indication.TRD) {
            return;
        }
        long failedAdequateTrials = screening.antidepressantTrials().stream()
                .filter(AntidepressantTrial::currentEpisode)
                .filter(trial -> trial.weeks() >= policy.trdMinimumTrialWeeks())
                .filter(trial -> trial.improvementPercent() < policy.trdNonResponseImprovementPercent())
                .map(trial -> trial.drug().strip().toLowerCase(Locale.ROOT))
                .distinct()
                .count();
        if (failedAdequateTrials >= policy.trdMinimumFailedTrials()) {
            return;
        }
        String definition = "at least " + policy.trdMinimumFailedTrials() + " antidepressant trials with different "
                + "drugs in the current episode, each lasting at least " + policy.trdMinimumTrialWeeks()
                + " weeks with less than " + number(policy.trdNonResponseImprovementPercent()) + "% improvement";
        findings.add(ESKETAMINE, new Reason("trd-evidence-insufficient", CRITERION_NOT_MET, "[S27][S14][S2]",
                "Esketamine for treatment-resistant depression needs " + definition + " (domain rule 7)."));
        findings.add(RACEMIC_KETAMINE, new Reason("trd-evidence-insufficient", ADVISORY, "[S27]",
                "The TRD definition needs " + definition + "; off-label racemic ketamine is not bound by it."));
    }

    /** Rule 9: risk never lowers an outcome; it only raises the floor to review. */
    private static void suicideRisk(Screening screening, Findings findings) {
        switch (screening.suicideRiskScreen().riskLevel()) {
            case HIGH -> findings.add(ALL_ROUTES, new Reason("suicide-risk-high", URGENT, "[S28][S37][S37b]",
                    "Positive suicide-risk screen (PHQ-9 item 9 of 1 or more, C-SSRS intent or plan in the past "
                            + "month, or suicidal behavior in the past 3 months): urgent clinician review before "
                            + "treatment."));
            case MODERATE -> findings.add(ALL_ROUTES, signOff("suicide-risk-moderate", "[S37][S37b]",
                    "Moderate suicide risk on the C-SSRS screener (a method considered, or suicidal behavior in "
                            + "the past but not the past 3 months): clinician review required."));
            case LOW -> findings.add(ALL_ROUTES, new Reason("suicide-risk-low", ADVISORY, "[S37]",
                    "Low suicide risk on the C-SSRS screener (wish to be dead or suicidal thoughts without method, "
                            + "intent or plan): keep monitoring."));
            case NOT_SCREENED -> findings.add(ALL_ROUTES, signOff("suicide-risk-not-screened", "[S28][S37]",
                    "Neither PHQ-9 item 9 nor the C-SSRS screener was answered, so suicide-risk routing could "
                            + "not run."));
            case NONE -> {
            }
        }
    }

    private static Reason signOff(String code, String source, String rule) {
        return new Reason(code, REQUIRES_SIGN_OFF, source, rule + " Prescriber sign-off required.");
    }

    /** Reasons collected per requested route; a rule may name routes that were not requested. */
    private static final class Findings {

        private final Map<Route, List<Reason>> reasons = new EnumMap<>(Route.class);

        Findings(Set<Route> requested) {
            requested.forEach(route -> reasons.put(route, new ArrayList<>()));
        }

        void add(Set<Route> routes, Reason reason) {
            routes.stream().filter(reasons::containsKey).forEach(route -> reasons.get(route).add(reason));
        }

        List<RouteDecision> decisions() {
            return reasons.entrySet().stream()
                    .map(entry -> new RouteDecision(entry.getKey(), entry.getValue())).toList();
        }
    }
}
