package org.carepath.scheduling.appointment.service;

import static java.time.ZoneOffset.UTC;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.http.Cursors;
import org.carepath.platform.problem.ProblemException;
import org.carepath.scheduling.appointment.domain.AppointmentStatus;
import org.carepath.scheduling.appointment.persistence.Appointment;

import io.quarkus.panache.common.Parameters;

/**
 * Lists of appointments in start order (then id), paged by a cursor naming the last appointment shown, so pages
 * stay stable while appointments are added. Every list is the caller's clinic only.
 */
@ApplicationScoped
public class AppointmentQueries {

    /** Which appointments a list is about: one patient, one provider, or the whole clinic. */
    public record Scope(String column, UUID id) {

        public static Scope patient(UUID patientId) {
            return new Scope("patientId", patientId);
        }

        public static Scope provider(UUID providerId) {
            return new Scope("providerId", providerId);
        }

        public static Scope clinic() {
            return new Scope(null, null);
        }
    }

    /** Held, expired and released slots and replaced originals are not part of anyone's schedule. */
    static final List<AppointmentStatus> ON_THE_BOOKS = List.of(AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN,
            AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED);

    /** Up to {@code limit + 1} appointments starting in [from, to), after the cursor's appointment. */
    public List<Appointment> list(Scope scope, Instant from, Instant to, List<AppointmentStatus> statuses, String cursor,
            int limit) {
        StringBuilder query = new StringBuilder("startsAt >= :from and startsAt < :to and status in :statuses");
        Parameters parameters = Parameters.with("from", OffsetDateTime.ofInstant(from, UTC))
                .and("to", OffsetDateTime.ofInstant(to, UTC))
                .and("statuses", statuses.isEmpty() ? ON_THE_BOOKS : statuses);
        if (scope.column() != null) {
            query.append(" and ").append(scope.column()).append(" = :scopeId");
            parameters.and("scopeId", scope.id());
        }
        UUID after = Cursors.decode(cursor);
        if (after != null) {
            Appointment last = Appointment.findById(after);
            if (last == null) {
                throw ProblemException.invalidField("cursor", "is not a cursor this API returned");
            }
            query.append(" and (startsAt > :lastStart or (startsAt = :lastStart and id > :lastId))");
            parameters.and("lastStart", last.startsAt).and("lastId", last.id);
        }
        query.append(" order by startsAt, id");
        return Appointment.<Appointment>find(query.toString(), parameters).page(0, limit + 1).list();
    }
}
