package org.carepath.scheduling.appointment.domain;

import java.time.Duration;
import java.util.Set;

/**
 * The kinds of appointment a clinic books: who may run each, which room it needs and how long it takes under
 * the clinic's policy. Dosing types carry a route and need a prescriber on site for the whole window.
 */
public enum AppointmentType {
    CONSULTATION(null, RoomCapability.CONSULTATION_ROOM, Set.of(ProviderRole.PRESCRIBER)),
    SCREENING(null, RoomCapability.CONSULTATION_ROOM, Set.of(ProviderRole.PRESCRIBER, ProviderRole.MONITORING_CLINICIAN)),
    ESKETAMINE_DOSING(Route.ESKETAMINE_INTRANASAL, RoomCapability.INTRANASAL_DOSING_CHAIR,
            Set.of(ProviderRole.MONITORING_CLINICIAN)),
    IV_INFUSION(Route.IV, RoomCapability.INFUSION_CHAIR, Set.of(ProviderRole.MONITORING_CLINICIAN)),
    IM_DOSING(Route.IM, RoomCapability.INFUSION_CHAIR, Set.of(ProviderRole.MONITORING_CLINICIAN)),
    ORAL_DOSING(Route.ORAL, RoomCapability.THERAPY_ROOM, Set.of(ProviderRole.MONITORING_CLINICIAN, ProviderRole.THERAPIST)),
    INTEGRATION_THERAPY(null, RoomCapability.THERAPY_ROOM, Set.of(ProviderRole.THERAPIST)),
    FOLLOW_UP(null, RoomCapability.CONSULTATION_ROOM,
            Set.of(ProviderRole.PRESCRIBER, ProviderRole.MONITORING_CLINICIAN, ProviderRole.THERAPIST));

    private final Route route;
    private final RoomCapability room;
    private final Set<ProviderRole> providerRoles;

    AppointmentType(Route route, RoomCapability room, Set<ProviderRole> providerRoles) {
        this.route = route;
        this.room = room;
        this.providerRoles = providerRoles;
    }

    /** The dosing route, or null for a visit without a dose. */
    public Route route() {
        return route;
    }

    public boolean isDosing() {
        return route != null;
    }

    public RoomCapability room() {
        return room;
    }

    /** The provider booked must hold one of these roles. */
    public Set<ProviderRole> providerRoles() {
        return providerRoles;
    }

    /** The dosing type for a plan's route. */
    public static AppointmentType dosingFor(Route route) {
        for (AppointmentType type : values()) {
            if (type.route == route) {
                return type;
            }
        }
        throw new IllegalArgumentException("no dosing appointment for route " + route);
    }

    /** The shortest the appointment may be: for dosing the administration plus the whole monitoring window. */
    public Duration length(SchedulingPolicy policy) {
        return Duration.ofMinutes(switch (this) {
            case CONSULTATION -> policy.consultationMinutes();
            case SCREENING -> policy.screeningMinutes();
            case ESKETAMINE_DOSING -> policy.esketamineAdministrationMinutes() + policy.esketamineMonitoringMinutes();
            case IV_INFUSION -> policy.ivInfusionMinutes() + policy.ivRecoveryMinutes();
            case IM_DOSING -> policy.imSessionMinutes();
            case ORAL_DOSING -> policy.oralSessionMinutes();
            case INTEGRATION_THERAPY -> policy.integrationMinutes();
            case FOLLOW_UP -> policy.followUpMinutes();
        });
    }

    /** Time the provider and room stay blocked after the appointment ends. */
    public Duration buffer(SchedulingPolicy policy) {
        return Duration.ofMinutes(isDosing() ? policy.dosingBufferMinutes() : policy.visitBufferMinutes());
    }
}
