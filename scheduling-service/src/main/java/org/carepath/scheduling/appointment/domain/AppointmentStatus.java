package org.carepath.scheduling.appointment.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * An appointment's lifecycle. A hold becomes a booking or expires; a booking is checked in, cancelled, marked a
 * no-show or replaced by its reschedule; a checked-in appointment completes (or is cancelled if the visit is
 * abandoned). Terminal states never change.
 */
public enum AppointmentStatus {
    HELD,
    BOOKED,
    CHECKED_IN,
    COMPLETED,
    NO_SHOW,
    CANCELLED,
    RESCHEDULED,
    RELEASED,
    EXPIRED;

    /** The states that occupy a provider, a room and the patient (the exclusion constraints' predicate). */
    public static final Set<AppointmentStatus> OCCUPYING = EnumSet.of(HELD, BOOKED, CHECKED_IN);

    public boolean canMoveTo(AppointmentStatus next) {
        return switch (this) {
            case HELD -> next == BOOKED || next == RELEASED || next == EXPIRED;
            case BOOKED -> next == CHECKED_IN || next == CANCELLED || next == NO_SHOW || next == RESCHEDULED;
            case CHECKED_IN -> next == COMPLETED || next == CANCELLED;
            case COMPLETED, NO_SHOW, CANCELLED, RESCHEDULED, RELEASED, EXPIRED -> false;
        };
    }

    public boolean isOccupying() {
        return OCCUPYING.contains(this);
    }
}
