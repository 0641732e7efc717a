package org.carepath.scheduling.clinic.persistence;

import static java.time.ZoneOffset.UTC;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.carepath.scheduling.availability.domain.Interval;

/** A period the whole clinic is closed (holiday, maintenance): nothing can be booked across it. */
@Entity
@Table(name = "clinic_closure")
public class ClinicClosure extends ClinicScopedEntity {

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

    public Interval interval() {
        return new Interval(startsAt.toInstant(), endsAt.toInstant());
    }

    /** Closures overlapping a window, in start order. */
    public static List<ClinicClosure> overlapping(Instant from, Instant to) {
        return list("endsAt > ?1 and startsAt < ?2 order by startsAt, id", OffsetDateTime.ofInstant(from, UTC),
                OffsetDateTime.ofInstant(to, UTC));
    }
}
