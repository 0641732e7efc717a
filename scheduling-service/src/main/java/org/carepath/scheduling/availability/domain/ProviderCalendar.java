package org.carepath.scheduling.availability.domain;

import static org.carepath.platform.domain.Checks.noNulls;
import static org.carepath.platform.domain.Checks.required;

import java.util.List;
import java.util.UUID;

/**
 * What the slot finder needs to know of one provider: when they are on duty (leave already removed) and when they
 * are busy (appointments and holds, turnover included). Both lists are kept normalized.
 */
public record ProviderCalendar(UUID providerId, List<Interval> onDuty, List<Interval> busy) {

    public ProviderCalendar {
        required(providerId, "providerId");
        onDuty = Intervals.normalize(noNulls(required(onDuty, "onDuty"), "onDuty"));
        busy = Intervals.normalize(noNulls(required(busy, "busy"), "busy"));
    }
}
