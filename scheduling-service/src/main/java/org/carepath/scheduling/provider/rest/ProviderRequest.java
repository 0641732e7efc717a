package org.carepath.scheduling.provider.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.carepath.scheduling.appointment.domain.ProviderRole;
import org.carepath.scheduling.availability.rest.HoursRequest;
import org.carepath.scheduling.provider.service.ProviderService.ProviderDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProviderDetails")
public record ProviderRequest(@NotBlank @Size(max = 200) @Schema(examples = "Dr. Rivera") String displayName,
        @NotEmpty @Size(max = 3) @Schema(examples = "[\"PRESCRIBER\"]") List<@NotNull ProviderRole> roles,
        @NotNull @Size(max = 50) @Schema(description = "Weekly duty hours in the clinic's time zone")
        List<@NotNull @Valid HoursRequest> dutyHours,
        @Schema(description = "Inactive providers are not offered or bookable; default true") Boolean active) {

    ProviderDetails toDetails() {
        return new ProviderDetails(displayName, roles, HoursRequest.toDailyHours(dutyHours, "dutyHours"),
                active == null || active);
    }
}
