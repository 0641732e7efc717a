package org.carepath.scheduling.provider.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.carepath.platform.audit.HasId;
import org.carepath.scheduling.appointment.domain.ProviderRole;
import org.carepath.scheduling.availability.domain.DailyHours;
import org.carepath.scheduling.provider.persistence.Provider;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Provider")
public record ProviderView(UUID id, String displayName, List<ProviderRole> roles, List<DailyHours> dutyHours,
        boolean active, long version, OffsetDateTime createdAt) implements HasId {

    public static ProviderView of(Provider provider) {
        return new ProviderView(provider.id, provider.displayName, provider.roles, provider.dutyHours, provider.active,
                provider.version, provider.createdAt);
    }
}
