package org.carepath.scheduling.provider.persistence;

import static java.time.ZoneOffset.UTC;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.carepath.scheduling.availability.persistence.Period;

/** An exception to a provider's duty hours: leave, training, sickness. */
@Entity
@Table(name = "provider_leave")
public class ProviderLeave extends Period {

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    /** Leave of some providers overlapping a window. */
    public static List<ProviderLeave> overlapping(Collection<UUID> providerIds, Instant from, Instant to) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        return list("providerId in ?1 and endsAt > ?2 and startsAt < ?3 order by startsAt, id", providerIds,
                OffsetDateTime.ofInstant(from, UTC), OffsetDateTime.ofInstant(to, UTC));
    }
}
