package org.carepath.scheduling.appointment.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

/**
 * Why a dosing session cannot be booked at the requested time, in terms a scheduler can act on and an API can
 * return without exposing PHI.
 *
 * @param code          machine-readable reason, {@link #FREQUENCY_CAP_EXCEEDED} or {@link #DOSE_INTERVAL_TOO_SHORT}
 * @param treatmentWeek the candidate session's 1-based treatment week
 * @param allowed       the week's session cap, or the minimum hours between doses for the interval reason
 * @param detail        a sentence citing the rule; it names no patient, date or time
 */
public record FrequencyRefusal(String code, int treatmentWeek, int allowed, String detail) {

    public static final String FREQUENCY_CAP_EXCEEDED = "frequency-cap-exceeded";
    public static final String DOSE_INTERVAL_TOO_SHORT = "dose-interval-too-short";

    public FrequencyRefusal {
        required(code, "code");
        required(detail, "detail");
        check(treatmentWeek >= 1, "treatmentWeek must be at least 1");
        check(allowed >= 1, "allowed must be at least 1");
    }
}
