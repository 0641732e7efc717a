package org.carepath.scheduling.appointment.rest;

import java.time.OffsetDateTime;

import org.carepath.scheduling.appointment.domain.AppointmentStatus;
import org.carepath.scheduling.appointment.persistence.AppointmentTransition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AppointmentTransition")
public record TransitionView(AppointmentStatus from, AppointmentStatus to, String reason, String note, String actor,
        String actorRoles, OffsetDateTime at) {

    public static TransitionView of(AppointmentTransition t) {
        return new TransitionView(t.fromStatus, t.toStatus, t.reason, t.note, t.actor, t.actorRoles, t.at);
    }
}
