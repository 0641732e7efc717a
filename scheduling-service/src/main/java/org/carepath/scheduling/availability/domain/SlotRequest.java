package org.carepath.scheduling.availability.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

import java.time.Duration;
import java.time.ZoneId;

/**
 * What is being looked for: an appointment of {@code length} followed by {@code buffer} of turnover, starting on
 * the clinic's local {@code step} grid (a whole number of minutes dividing a day, so every day restarts the grid at
 * midnight) within {@code range}.
 */
public record SlotRequest(Interval range, Duration length, Duration buffer, Duration step, ZoneId zone) {

    private static final long MINUTES_PER_DAY = 1440;

    public SlotRequest {
        required(range, "range");
        required(length, "length");
        required(buffer, "buffer");
        required(step, "step");
        required(zone, "zone");
        check(!length.isNegative() && !length.isZero(), "length must be positive");
        check(!buffer.isNegative(), "buffer must not be negative");
        check(!step.isNegative() && !step.isZero() && step.toSecondsPart() == 0 && step.toNanosPart() == 0
                && MINUTES_PER_DAY % step.toMinutes() == 0, "step must be whole minutes that divide a day evenly");
    }
}
