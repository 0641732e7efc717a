package org.carepath.intake.eligibility.domain;

/** A clinic's overrides on top of the defaults, as the service builds them from configuration. */
final class Policies {

    private int minimumAgeYears;
    private int trdMinimumFailedTrials;
    private int trdMinimumTrialWeeks;
    private double trdNonResponseImprovementPercent;
    private boolean euProfile;
    private int euCardiovascularEventWeeks;
    private int practiceCardiovascularEventMonths;
    private double benzodiazepineDiazepamEquivalentMgPerDay;
    private int substanceUseAbstinenceMonths;
    private int parenteralDoNotStartSystolic;
    private int parenteralDoNotStartHeartRate;
    private int esketamineSystolicGuide;
    private int esketamineDiastolicGuide;
    private int esketamineSystolicGuideOlderAdultsEu;
    private int olderAdultAgeYears;
    private int suicidalityWarningMaxAgeYears;
    private int nasalSprayLeadMinutes;

    private Policies(EligibilityPolicy base) {
        minimumAgeYears = base.minimumAgeYears();
        trdMinimumFailedTrials = base.trdMinimumFailedTrials();
        trdMinimumTrialWeeks = base.trdMinimumTrialWeeks();
        trdNonResponseImprovementPercent = base.trdNonResponseImprovementPercent();
        euProfile = base.euProfile();
        euCardiovascularEventWeeks = base.euCardiovascularEventWeeks();
        practiceCardiovascularEventMonths = base.practiceCardiovascularEventMonths();
        benzodiazepineDiazepamEquivalentMgPerDay = base.benzodiazepineDiazepamEquivalentMgPerDay();
        substanceUseAbstinenceMonths = base.substanceUseAbstinenceMonths();
        parenteralDoNotStartSystolic = base.parenteralDoNotStartSystolic();
        parenteralDoNotStartHeartRate = base.parenteralDoNotStartHeartRate();
        esketamineSystolicGuide = base.esketamineSystolicGuide();
        esketamineDiastolicGuide = base.esketamineDiastolicGuide();
        esketamineSystolicGuideOlderAdultsEu = base.esketamineSystolicGuideOlderAdultsEu();
        olderAdultAgeYears = base.olderAdultAgeYears();
        suicidalityWarningMaxAgeYears = base.suicidalityWarningMaxAgeYears();
        nasalSprayLeadMinutes = base.nasalSprayLeadMinutes();
    }

    static Policies defaults() {
        return new Policies(EligibilityPolicy.defaults());
    }

    static EligibilityPolicy eu() {
        return defaults().euProfile(true).build();
    }

    Policies minimumAgeYears(int value) {
        minimumAgeYears = value;
        return this;
    }

    Policies trdMinimumFailedTrials(int value) {
        trdMinimumFailedTrials = value;
        return this;
    }

    Policies trdMinimumTrialWeeks(int value) {
        trdMinimumTrialWeeks = value;
        return this;
    }

    Policies trdNonResponseImprovementPercent(double value) {
        trdNonResponseImprovementPercent = value;
        return this;
    }

    Policies euProfile(boolean value) {
        euProfile = value;
        return this;
    }

    Policies euCardiovascularEventWeeks(int value) {
        euCardiovascularEventWeeks = value;
        return this;
    }

    Policies practiceCardiovascularEventMonths(int value) {
        practiceCardiovascularEventMonths = value;
        return this;
    }

    Policies benzodiazepineDiazepamEquivalentMgPerDay(double value) {
        benzodiazepineDiazepamEquivalentMgPerDay = value;
        return this;
    }

    Policies substanceUseAbstinenceMonths(int value) {
        substanceUseAbstinenceMonths = value;
        return this;
    }

    Policies parenteralDoNotStartSystolic(int value) {
        parenteralDoNotStartSystolic = value;
        return this;
    }

    Policies parenteralDoNotStartHeartRate(int value) {
        parenteralDoNotStartHeartRate = value;
        return this;
    }

    Policies esketamineSystolicGuide(int value) {
        esketamineSystolicGuide = value;
        return this;
    }

    Policies esketamineDiastolicGuide(int value) {
        esketamineDiastolicGuide = value;
        return this;
    }

    Policies esketamineSystolicGuideOlderAdultsEu(int value) {
        esketamineSystolicGuideOlderAdultsEu = value;
        return this;
    }

    Policies olderAdultAgeYears(int value) {
        olderAdultAgeYears = value;
        return this;
    }

    Policies suicidalityWarningMaxAgeYears(int value) {
        suicidalityWarningMaxAgeYears = value;
        return this;
    }

    Policies nasalSprayLeadMinutes(int value) {
        nasalSprayLeadMinutes = value;
        return this;
    }

    EligibilityPolicy build() {
        return new EligibilityPolicy(minimumAgeYears, trdMinimumFailedTrials, trdMinimumTrialWeeks,
                trdNonResponseImprovementPercent, euProfile, euCardiovascularEventWeeks,
                practiceCardiovascularEventMonths, benzodiazepineDiazepamEquivalentMgPerDay,
                substanceUseAbstinenceMonths, parenteralDoNotStartSystolic, parenteralDoNotStartHeartRate,
                esketamineSystolicGuide, esketamineDiastolicGuide, esketamineSystolicGuideOlderAdultsEu,
                olderAdultAgeYears, suicidalityWarningMaxAgeYears, nasalSprayLeadMinutes);
    }
}
