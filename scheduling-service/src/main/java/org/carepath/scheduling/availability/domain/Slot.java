package org.carepath.scheduling.availability.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

import java.time.Instant;
import java.util.UUID;

/** A bookable time with the provider and room that are free for it; the end excludes the turnover buffer. */
public record Slot(Instant start, Instant end, UUID providerId, UUID roomId) {

    public Slot {
        required(start, "start");
        required(end, "end");
        required(providerId, "providerId");
        required(roomId, "roomId");
        check(start.isBefore(end), "slot start must be before its end");
    }
}
