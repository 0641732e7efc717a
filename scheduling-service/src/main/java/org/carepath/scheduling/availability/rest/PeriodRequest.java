package org.carepath.scheduling.availability.rest;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A period without service: clinic closures and provider leave alike. Times carry their offset. */
@Schema(name = "Period")
public record PeriodRequest(@NotNull @Schema(examples = "2026-12-24T00:00:00-08:00") OffsetDateTime start,
        @NotNull @Schema(examples = "2026-12-27T00:00:00-08:00") OffsetDateTime end,
        @NotBlank @Size(max = 200) @Schema(examples = "Holiday") String reason) {
}
