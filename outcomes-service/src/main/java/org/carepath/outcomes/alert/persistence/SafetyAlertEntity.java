package org.carepath.outcomes.alert.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.carepath.platform.tenancy.ClinicScopedEntity;

/** A safety alert: a clinician task raised with its cause, open until a clinician resolves it. */
@Entity
@Table(name = "safety_alert")
public class SafetyAlertEntity extends ClinicScopedEntity {

    public enum Level { URGENT, HIGH, MODERATE }

    public enum Status { OPEN, ACKNOWLEDGED, RESOLVED }

    /** What raised it: an assessment, a session's vitals or sedation observation, or an adverse event. */
    public enum Source { ASSESSMENT, SESSION_VITALS, SESSION_OBSERVATION, ADVERSE_EVENT }

    /** Who entered the cause: clinic staff or the patient app (whose alerts are never suppressed). */
    public enum Channel { STAFF, PATIENT_APP }

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Column(name = "reason_code", nullable = false)
    public String reasonCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "raised_at", nullable = false)
    public OffsetDateTime raisedAt;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolution_note")
    public String resolutionNote;

    @Version
    public long version;
}
