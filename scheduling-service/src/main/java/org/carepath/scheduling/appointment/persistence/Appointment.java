package org.carepath.scheduling.appointment.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.carepath.scheduling.appointment.domain.AppointmentStatus;
import org.carepath.scheduling.appointment.domain.AppointmentType;
import org.carepath.scheduling.appointment.domain.Route;
import org.carepath.scheduling.availability.domain.Interval;

/**
 * One booked (or held) appointment. The table's exclusion constraints keep a provider, a room and a patient
 * from being in two occupying appointments at once.
 */
@Entity
@Table(name = "appointment")
public class Appointment extends ClinicScopedEntity {

    public static final String PROVIDER_CONSTRAINT = "appointment_provider_free";
    public static final String ROOM_CONSTRAINT = "appointment_room_free";
    public static final String PATIENT_CONSTRAINT = "appointment_patient_free";

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppointmentType type;

    @Enumerated(EnumType.STRING)
    public Route route;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "series_id")
    public UUID seriesId;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    @Column(name = "room_id", nullable = false)
    public UUID roomId;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column(name = "blocked_until", nullable = false)
    public OffsetDateTime blockedUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppointmentStatus status;

    @Column(name = "hold_expires_at")
    public OffsetDateTime holdExpiresAt;

    @Column(name = "rescheduled_from")
    public UUID rescheduledFrom;

    @Column(name = "rescheduled_to")
    public UUID rescheduledTo;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "late_cancellation")
    public Boolean lateCancellation;

    @Column(name = "escort_name")
    public String escortName;

    @Column(name = "no_driving_acknowledged")
    public Boolean noDrivingAcknowledged;

    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "dosing_session_id")
    public UUID dosingSessionId;

    @Column(name = "booked_by", nullable = false)
    public String bookedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    /**
     * The clinic's time zone, when this request placed the appointment: its answer is rendered in it without
     * reading the clinic a second time. Null on an appointment read from the database.
     */
    @Transient
    public ZoneId placedInZone;

    public Interval interval() {
        return new Interval(startsAt.toInstant(), endsAt.toInstant());
    }

    /** A hold past its time-to-live no longer reserves anything, whether or not the sweeper has marked it. */
    public boolean isExpiredHold(OffsetDateTime now) {
        return status == AppointmentStatus.HELD && holdExpiresAt != null && !holdExpiresAt.isAfter(now);
    }
}
