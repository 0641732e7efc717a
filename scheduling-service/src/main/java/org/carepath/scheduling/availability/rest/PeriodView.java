package org.carepath.scheduling.availability.rest;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A closure or a provider's leave, shown in the clinic's local offset. */
@Schema(name = "PeriodView")
public record PeriodView(UUID id, UUID providerId, OffsetDateTime start, OffsetDateTime end, String reason) {

    public static PeriodView of(UUID id, UUID providerId, OffsetDateTime start, OffsetDateTime end, String reason,
            ZoneId zone) {
        return new PeriodView(id, providerId, start.atZoneSameInstant(zone).toOffsetDateTime(),
                end.atZoneSameInstant(zone).toOffsetDateTime(), reason);
    }
}
