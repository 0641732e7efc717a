package org.carepath.scheduling.clinic.rest;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.carepath.scheduling.appointment.domain.Route;
import org.carepath.scheduling.availability.rest.HoursRequest;
import org.carepath.scheduling.clinic.service.ClinicService.ClinicSettings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClinicSettings")
public record ClinicRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Bayview Ketamine Clinic") String name,
        @NotBlank @Size(max = 64) @Schema(description = "IANA time zone", examples = "America/Los_Angeles") String timeZone,
        @NotNull @Size(max = 50) List<@NotNull @Valid HoursRequest> openingHours,
        @NotNull @Size(max = 4) @Schema(examples = "[\"IV\", \"ESKETAMINE_INTRANASAL\"]") List<@NotNull Route> routesOffered,
        @NotNull @Schema(description = "Certified as a SPRAVATO REMS outpatient healthcare setting [S6][S7]") Boolean remsCertified,
        @Size(max = 64) String remsSettingId,
        @Size(max = 30) @Schema(description = "Scheduling policy values by kebab-case name, e.g. {\"esketamine-monitoring-minutes\": 150}")
        Map<String, Object> policyOverrides) {

    ClinicSettings toSettings() {
        return new ClinicSettings(name, timeZone, HoursRequest.toDailyHours(openingHours, "openingHours"), routesOffered,
                remsCertified, remsSettingId, policyOverrides);
    }
}
