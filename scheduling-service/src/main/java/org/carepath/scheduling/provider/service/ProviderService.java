package org.carepath.scheduling.provider.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.carepath.platform.http.ETags;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.problem.ProblemException;
import org.carepath.scheduling.appointment.domain.ProviderRole;
import org.carepath.scheduling.availability.domain.DailyHours;
import org.carepath.scheduling.clinic.service.ClinicService;
import org.carepath.scheduling.provider.persistence.Provider;
import org.carepath.scheduling.provider.persistence.ProviderLeave;

/** The clinic's bookable staff, their weekly duty hours and their leave. */
@ApplicationScoped
public class ProviderService {

    /** What the clinic states about a provider; duty hours already checked. */
    public record ProviderDetails(String displayName, List<ProviderRole> roles, List<DailyHours> dutyHours, boolean active) {
    }

    @Transactional
    public Provider create(ProviderDetails details) {
        Provider provider = new Provider();
        provider.id = Ids.newId();
        provider.createdAt = OffsetDateTime.now();
        apply(provider, details);
        provider.persist();
        return provider;
    }

    @Transactional
    public Provider update(UUID id, String ifMatch, ProviderDetails details) {
        Provider provider = get(id);
        ETags.requireMatch(ifMatch, provider.version);
        apply(provider, details);
        provider.flush();
        return provider;
    }

    public Provider get(UUID id) {
        Provider provider = Provider.findById(id);
        if (provider == null) {
            throw ProblemException.notFound("Provider");
        }
        return provider;
    }

    /** Providers in id order, after a cursor; one more than the page size tells whether a next page exists. */
    public List<Provider> list(UUID after, int limit) {
        return after == null ? Provider.<Provider>find("order by id").page(0, limit + 1).list()
                : Provider.<Provider>find("id > ?1 order by id", after).page(0, limit + 1).list();
    }

    @Transactional
    public ProviderLeave addLeave(UUID providerId, OffsetDateTime start, OffsetDateTime end, String reason) {
        get(providerId);
        ClinicService.requireOrdered(start, end);
        ProviderLeave leave = new ProviderLeave();
        leave.span(start, end, reason);
        leave.providerId = providerId;
        leave.persist();
        return leave;
    }

    public List<ProviderLeave> leave(UUID providerId, Instant from, Instant to) {
        get(providerId);
        return ProviderLeave.overlapping(List.of(providerId), from, to);
    }

    private static void apply(Provider provider, ProviderDetails details) {
        provider.displayName = details.displayName();
        provider.roles = List.copyOf(new LinkedHashSet<>(details.roles()));
        provider.dutyHours = details.dutyHours();
        provider.active = details.active();
    }
}
