package org.carepath.intake.eligibility.domain;

import static org.carepath.intake.eligibility.domain.Wording.number;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The interaction flags of DOMAIN.md 3.5, one per class present, in {@link MedicationClass} order. */
final class MedicationFlags {

    private static final String SEDATION_SOURCE = "[S25f][S4a][S8]";
    private static final String SEDATION_ACTION =
            "Close sedation monitoring; for esketamine, record it on the REMS patient monitoring form.";

    private MedicationFlags() {
    }

    static List<MedicationFlag> of(Screening screening, EligibilityPolicy policy) {
        Set<MedicationClass> present = EnumSet.noneOf(MedicationClass.class);
        screening.medications().forEach(medication -> present.add(medication.medicationClass()));
        List<MedicationFlag> flags = new ArrayList<>();
        for (MedicationClass medicationClass : present) {
            switch (medicationClass) {
                case BENZODIAZEPINE -> {
                    flags.add(new MedicationFlag("benzodiazepine-sedation", medicationClass, SEDATION_ACTION,
                            SEDATION_SOURCE));
                    flags.addAll(benzodiazepineDose(screening, policy));
                }
                case OPIOID, OTHER_CNS_DEPRESSANT -> flags.add(new MedicationFlag("cns-depressant-sedation",
                        medicationClass, SEDATION_ACTION, SEDATION_SOURCE));
                case PSYCHOSTIMULANT, MAOI -> flags.add(new MedicationFlag("blood-pressure-monitoring",
                        medicationClass, "Close blood-pressure monitoring: raises blood pressure.", "[S25f][S4b]"));
                case GLUTAMATE_RELEASE_INHIBITOR -> flags.add(new MedicationFlag("glutamate-release-inhibitor",
                        medicationClass, "Note for the prescriber: may reduce ketamine adverse effects; "
                                + "effect on efficacy unknown.", "[S17]"));
                case CYP2B6_CYP3A4_INDUCER -> flags.add(new MedicationFlag("cyp-inducer", medicationClass,
                        "Note for the prescriber: may lower ketamine exposure.", "[S17]"));
                case CYP2B6_CYP3A4_INHIBITOR -> flags.add(new MedicationFlag("cyp-inhibitor", medicationClass,
                        "Note for the prescriber: may raise ketamine exposure.", "[S17]"));
                case NASAL_CORTICOSTEROID_OR_DECONGESTANT -> {
                    // Only a scheduling matter for the nasal device.
                    if (screening.requested(Route.ESKETAMINE_INTRANASAL)) {
                        flags.add(new MedicationFlag("nasal-spray-timing", medicationClass,
                                "Take it at least " + policy.nasalSprayLeadMinutes()
                                        + " minutes before each esketamine dose.", "[S12]"));
                    }
                }
                // Conventional antidepressants are generally combinable [S17].
                case CONVENTIONAL_ANTIDEPRESSANT, OTHER -> {
                }
            }
        }
        return flags;
    }

    /** The dose threshold is about the total daily benzodiazepine load, so doses add up across drugs. */
    private static List<MedicationFlag> benzodiazepineDose(Screening screening, EligibilityPolicy policy) {
        List<Medication> benzodiazepines = screening.medications().stream()
                .filter(medication -> medication.medicationClass() == MedicationClass.BENZODIAZEPINE).toList();
        double knownTotal = benzodiazepines.stream().map(Medication::diazepamEquivalentMgPerDay)
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
        String threshold = number(policy.benzodiazepineDiazepamEquivalentMgPerDay());
        List<MedicationFlag> flags = new ArrayList<>();
        if (knownTotal > policy.benzodiazepineDiazepamEquivalentMgPerDay()) {
            flags.add(new MedicationFlag("benzodiazepine-dose-above-threshold", MedicationClass.BENZODIAZEPINE,
                    "Daily dose above " + threshold + " mg diazepam-equivalent may blunt the antidepressant effect; "
                            + "hold or reduce per clinic policy.", "[S17][S18]"));
        }
        if (benzodiazepines.stream().anyMatch(medication -> medication.diazepamEquivalentMgPerDay() == null)) {
            flags.add(new MedicationFlag("benzodiazepine-dose-unknown", MedicationClass.BENZODIAZEPINE,
                    "Record the diazepam-equivalent daily dose so it can be checked against " + threshold
                            + " mg/day.", "[S17][S18]"));
        }
        return flags;
    }
}
