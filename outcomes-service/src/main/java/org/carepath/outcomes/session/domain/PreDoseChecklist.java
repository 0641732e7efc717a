package org.carepath.outcomes.session.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

import java.util.ArrayList;
import java.util.List;

/**
 * Staff's answers to the pre-dose checklist, so that dosing does not start on an unprepared patient ("Also enforce"
 * in DOMAIN.md section 8). The fasting answers are yes/no to questions that state the policy's windows (label
 * defaults 2 h and 30 min); {@code nasalMedicationMinutesBeforeDose} is null when no nasal corticosteroid or
 * decongestant was taken that day.
 */
public record PreDoseChecklist(boolean noFoodTwoHours, boolean noFluidsThirtyMinutes,
        Integer nasalMedicationMinutesBeforeDose, boolean vitalsAcceptable) {

    public static final String FOOD_NOT_FASTED = "food-not-fasted";
    public static final String FLUIDS_NOT_FASTED = "fluids-not-fasted";
    public static final String NASAL_MEDICATION_TOO_RECENT = "nasal-medication-too-recent";
    public static final String VITALS_NOT_ACCEPTABLE = "vitals-not-acceptable";

    public PreDoseChecklist {
        check(nasalMedicationMinutesBeforeDose == null || nasalMedicationMinutesBeforeDose >= 0,
                "nasalMedicationMinutesBeforeDose must be 0 or more");
    }

    /**
     * The unmet items as kebab-case codes, empty when dosing may start. Fasting and nasal medication are esketamine
     * label instructions [S12][S25d]; acceptable vitals apply to every route [S8][S19][S25k].
     */
    public List<String> unmet(Route route, SessionPolicy policy) {
        required(route, "route");
        required(policy, "policy");
        List<String> unmet = new ArrayList<>();
        if (route == Route.ESKETAMINE_INTRANASAL) {
            if (!noFoodTwoHours) {
                unmet.add(FOOD_NOT_FASTED);
            }
            if (!noFluidsThirtyMinutes) {
                unmet.add(FLUIDS_NOT_FASTED);
            }
            if (nasalMedicationMinutesBeforeDose != null
                    && nasalMedicationMinutesBeforeDose < policy.nasalMedicationMinutesBeforeDose()) {
                unmet.add(NASAL_MEDICATION_TOO_RECENT);
            }
        }
        if (!vitalsAcceptable) {
            unmet.add(VITALS_NOT_ACCEPTABLE);
        }
        return List.copyOf(unmet);
    }
}
