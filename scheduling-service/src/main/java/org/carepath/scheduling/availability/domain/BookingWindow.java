package org.carepath.scheduling.availability.domain;

import static org.carepath.platform.domain.Checks.required;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a chosen appointment time cannot be booked, as machine-readable codes, so a booking is refused with every
 * calendar reason at once rather than the first found.
 */
public final class BookingWindow {

    private BookingWindow() {
    }

    /**
     * @param prescriberOnSite when at least one prescriber is rostered, or null when the appointment needs none
     * @return in this order when they apply: outside-opening-hours, clinic-closed, provider-off-duty,
     *         provider-on-leave, no-prescriber-on-site; empty when the calendars allow the booking
     */
    public static List<String> problems(Interval appointment, List<Interval> openingHours, List<Interval> closures,
            List<Interval> providerDuty, List<Interval> providerLeave, List<Interval> prescriberOnSite) {
        required(appointment, "appointment");
        required(openingHours, "openingHours");
        required(closures, "closures");
        required(providerDuty, "providerDuty");
        required(providerLeave, "providerLeave");
        List<String> problems = new ArrayList<>();
        if (!Intervals.covers(openingHours, appointment)) {
            problems.add("outside-opening-hours");
        }
        if (Intervals.overlapsAny(closures, appointment)) {
            problems.add("clinic-closed");
        }
        if (!Intervals.covers(providerDuty, appointment)) {
            problems.add("provider-off-duty");
        }
        if (Intervals.overlapsAny(providerLeave, appointment)) {
            problems.add("provider-on-leave");
        }
        if (prescriberOnSite != null && !Intervals.covers(prescriberOnSite, appointment)) {
            problems.add("no-prescriber-on-site");
        }
        return List.copyOf(problems);
    }
}
