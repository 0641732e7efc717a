package org.carepath.scheduling.clinic.persistence;

import static java.time.ZoneOffset.UTC;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.carepath.scheduling.availability.persistence.Period;

/** A period the whole clinic is closed (holiday, maintenance): nothing can be booked across it. */
@Entity
@Table(name = "clinic_closure")
public class ClinicClosure extends Period {

    /** Closures overlapping a window, in start order. */
    public static List<ClinicClosure> overlapping(Instant from, Instant to) {
        return list("endsAt > ?1 and startsAt < ?2 order by startsAt, id", OffsetDateTime.ofInstant(from, UTC),
                OffsetDateTime.ofInstant(to, UTC));
    }
}
