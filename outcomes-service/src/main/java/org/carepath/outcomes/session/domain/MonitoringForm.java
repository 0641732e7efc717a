package org.carepath.outcomes.session.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The session part of the REMS Patient Monitoring Form (rule 3, DOMAIN.md section 2.4), which every outpatient
 * esketamine session must produce [S8][S9]. Patient, HCP and setting identity are not here: the service adds them
 * when it exports, so this record can be kept and checked without identity data.
 *
 * <p>{@code totalMonitoringMinutes} runs from the first device to the end of monitoring and must be at least 120;
 * {@code minutesUntilReadyWithoutTwoHourRule} is the REMS evaluation question: minutes from the start of
 * administration until the patient would have been ready to leave without the 2-hour rule.
 */
public record MonitoringForm(
        LocalDate treatmentDate,
        int doseMg,
        String lotNumber,
        int totalMonitoringMinutes,
        int minutesUntilReadyWithoutTwoHourRule,
        boolean vitalsAcceptablePreDose,
        boolean vitalsAcceptablePreCompletion,
        MonitoringBloodPressures bloodPressures,
        SessionEffects effects,
        ConcomitantMedications concomitantMedications,
        boolean firstTreatment) {

    /** One single-use nasal device; doses are whole devices (the form offers 56 mg, 84 mg or other) [S1][S13]. */
    private static final int DEVICE_MG = 28;

    public MonitoringForm {
        required(treatmentDate, "treatmentDate");
        check(doseMg > 0 && doseMg % DEVICE_MG == 0, "doseMg must be whole 28 mg devices");
        check(lotNumber != null && !lotNumber.isBlank(), "lotNumber is required");
        check(totalMonitoringMinutes >= SessionPolicy.REMS_MINIMUM_MONITORING_MINUTES,
                "totalMonitoringMinutes must be at least the REMS 120 minutes");
        check(minutesUntilReadyWithoutTwoHourRule >= 0
                && minutesUntilReadyWithoutTwoHourRule <= totalMonitoringMinutes,
                "minutesUntilReadyWithoutTwoHourRule must be within 0 and totalMonitoringMinutes");
        required(bloodPressures, "bloodPressures");
        required(effects, "effects");
        required(concomitantMedications, "concomitantMedications");
    }

    /** Whole minutes from the first device to the end of monitoring, as the form counts them. */
    public static int totalMinutes(Instant firstDeviceAt, Instant monitoringEndedAt) {
        required(firstDeviceAt, "firstDeviceAt");
        required(monitoringEndedAt, "monitoringEndedAt");
        check(!monitoringEndedAt.isBefore(firstDeviceAt), "monitoringEndedAt must not be before firstDeviceAt");
        return Math.toIntExact(Duration.between(firstDeviceAt, monitoringEndedAt).toMinutes());
    }

    public MonitoringFormDeadline deadline(SessionPolicy policy) {
        return MonitoringFormDeadline.of(treatmentDate, policy);
    }
}
