package org.carepath.scheduling.availability.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.carepath.platform.ids.Ids;
import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.carepath.scheduling.availability.domain.Interval;

/** A stretch of time without service, with its reason: a clinic closure or a provider's leave. */
@MappedSuperclass
public abstract class Period extends ClinicScopedEntity {

    @Id
    public UUID id;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Fills a new period: a fresh id, its times and reason, recorded now. */
    public void span(OffsetDateTime start, OffsetDateTime end, String why) {
        id = Ids.newId();
        startsAt = start;
        endsAt = end;
        reason = why;
        createdAt = OffsetDateTime.now();
    }

    public Interval interval() {
        return new Interval(startsAt.toInstant(), endsAt.toInstant());
    }
}
