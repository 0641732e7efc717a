package org.carepath.scheduling.clinic.rest;

import java.util.Set;

import org.carepath.scheduling.appointment.domain.AppointmentType;
import org.carepath.scheduling.appointment.domain.ProviderRole;
import org.carepath.scheduling.appointment.domain.RoomCapability;
import org.carepath.scheduling.appointment.domain.Route;
import org.carepath.scheduling.appointment.domain.SchedulingPolicy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AppointmentType")
public record AppointmentTypeView(AppointmentType type, Route route, long lengthMinutes, long bufferMinutes,
        RoomCapability room, Set<ProviderRole> providerRoles, boolean prescriberOnSite) {

    static AppointmentTypeView of(AppointmentType type, SchedulingPolicy policy) {
        return new AppointmentTypeView(type, type.route(), type.length(policy).toMinutes(),
                type.buffer(policy).toMinutes(), type.room(), type.providerRoles(), type.isDosing());
    }
}
