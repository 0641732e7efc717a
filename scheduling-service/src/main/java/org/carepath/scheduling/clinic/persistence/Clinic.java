package org.carepath.scheduling.clinic.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.carepath.scheduling.appointment.domain.Route;
import org.carepath.scheduling.availability.domain.DailyHours;
import org.carepath.scheduling.availability.domain.WeeklyHours;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A clinic's booking settings: the one row of its tenant. */
@Entity
@Table(name = "clinic")
public class Clinic extends ClinicScopedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "opening_hours", nullable = false)
    public List<DailyHours> openingHours;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "routes_offered", nullable = false)
    public List<Route> routesOffered;

    @Column(name = "rems_certified", nullable = false)
    public boolean remsCertified;

    @Column(name = "rems_setting_id")
    public String remsSettingId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "policy_overrides", nullable = false)
    public Map<String, Object> policyOverrides;

    @Version
    public long version;

    /** Moved by the database on any change to the clinic's setup (V5 migration); never written from here. */
    @Column(name = "reference_version", insertable = false, updatable = false)
    public long referenceVersion;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The caller's clinic: tenancy filters the table to its one row. */
    public static Optional<Clinic> current() {
        return Clinic.<Clinic>findAll().firstResultOptional();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public WeeklyHours weeklyHours() {
        return new WeeklyHours(openingHours);
    }

    public boolean offers(Route route) {
        return routesOffered.contains(route);
    }
}
