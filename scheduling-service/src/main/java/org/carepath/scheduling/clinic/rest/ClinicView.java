package org.carepath.scheduling.clinic.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.carepath.scheduling.appointment.domain.Route;
import org.carepath.scheduling.appointment.domain.SchedulingPolicy;
import org.carepath.scheduling.availability.domain.DailyHours;
import org.carepath.scheduling.clinic.persistence.Clinic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Clinic")
public record ClinicView(String clinicId, String name, @Schema(examples = "America/Los_Angeles") String timeZone,
        List<DailyHours> openingHours, List<Route> routesOffered, boolean remsCertified, String remsSettingId,
        @Schema(description = "What the clinic stored, by policy name") Map<String, Object> policyOverrides,
        @Schema(description = "The policy in force: defaults, configuration and the clinic's overrides") SchedulingPolicy policy,
        long version, OffsetDateTime updatedAt) {

    public static ClinicView of(Clinic clinic, SchedulingPolicy policy) {
        return new ClinicView(clinic.clinicId, clinic.name, clinic.timeZone, clinic.openingHours, clinic.routesOffered,
                clinic.remsCertified, clinic.remsSettingId, clinic.policyOverrides, policy, clinic.version,
                clinic.updatedAt);
    }
}
