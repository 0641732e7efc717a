package org.carepath.scheduling.provider.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.carepath.scheduling.appointment.domain.ProviderRole;
import org.carepath.scheduling.availability.domain.DailyHours;
import org.carepath.scheduling.availability.domain.WeeklyHours;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;

/** A member of the clinic's staff who can be booked: prescriber, monitoring clinician or therapist. */
@Entity
@Table(name = "provider")
public class Provider extends ClinicScopedEntity {

    @Id
    public UUID id;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ProviderRole> roles;

    /** Weekly duty hours in the clinic's time zone. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "duty_hours", nullable = false)
    public List<DailyHours> dutyHours;

    @Column(nullable = false)
    public boolean active;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public WeeklyHours weeklyHours() {
        return new WeeklyHours(dutyHours);
    }

    public boolean has(ProviderRole role) {
        return roles.contains(role);
    }

    /**
     * Active providers in id order, loaded read-only: the calendars only read them, and a read-only entity keeps no
     * snapshot, which for the JSON columns would cost a serialise and a parse of each.
     */
    public static List<Provider> active() {
        return Provider.<Provider>find("active = true order by id").withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
