package org.carepath.outcomes.session.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.outcomes.session.domain.Vitals;
import org.carepath.platform.tenancy.ClinicScopedEntity;

/** One set of vital signs taken during a session. */
@Entity
@Table(name = "session_vitals")
public class SessionVitalsEntity extends ClinicScopedEntity {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "taken_at", nullable = false)
    public OffsetDateTime takenAt;

    public Integer systolic;

    public Integer diastolic;

    @Column(name = "heart_rate")
    public Integer heartRate;

    public Integer spo2;

    @Column(name = "respiratory_rate")
    public Integer respiratoryRate;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public Vitals toVitals() {
        return new Vitals(takenAt.toInstant(), systolic, diastolic, heartRate, spo2, respiratoryRate);
    }

    public static List<SessionVitalsEntity> of(UUID sessionId) {
        return list("sessionId = ?1 order by takenAt, id", sessionId);
    }
}
