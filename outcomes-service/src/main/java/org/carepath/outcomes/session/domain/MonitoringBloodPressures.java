package org.carepath.outcomes.session.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.noNulls;
import static org.carepath.platform.domain.Checks.required;

import java.time.Instant;
import java.util.List;

/**
 * The three BP readings the REMS form reports [S8], picked as {@link DischargeRule} picks them, so the form shows the
 * readings discharge was allowed on.
 */
public record MonitoringBloodPressures(BloodPressure preDose, BloodPressure postDose, BloodPressure preCompletion) {

    public MonitoringBloodPressures {
        required(preDose, "preDose");
        required(postDose, "postDose");
        required(preCompletion, "preCompletion");
    }

    /** The readings of an esketamine session; refused when one is missing, as discharge would have been. */
    public static MonitoringBloodPressures from(List<Vitals> vitals, Instant firstDeviceAt, Instant monitoringEndedAt,
            SessionPolicy policy) {
        noNulls(required(vitals, "vitals"), "vitals");
        required(firstDeviceAt, "firstDeviceAt");
        required(monitoringEndedAt, "monitoringEndedAt");
        required(policy, "policy");
        List<Vitals> taken = vitals.stream().filter(v -> !v.takenAt().isAfter(monitoringEndedAt)).toList();
        Vitals preDose = Readings.preDose(taken, firstDeviceAt, Vitals::hasBloodPressure).orElse(null);
        check(preDose != null, "the monitoring form needs a pre-dose BP");
        Vitals postDose = Readings.postDoseBp(taken, firstDeviceAt, policy).orElse(null);
        check(postDose != null, "the monitoring form needs a post-dose BP");
        Vitals preCompletion = Readings.preDischarge(taken, postDose.takenAt(), monitoringEndedAt, policy,
                Vitals::hasBloodPressure).orElse(null);
        check(preCompletion != null, "the monitoring form needs a pre-completion BP");
        return new MonitoringBloodPressures(preDose.bloodPressure().orElseThrow(),
                postDose.bloodPressure().orElseThrow(), preCompletion.bloodPressure().orElseThrow());
    }
}
