package org.carepath.outcomes.session.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.tenancy.ClinicScopedEntity;

/** A sedation (MOAA/S) and dissociation observation during a session. */
@Entity
@Table(name = "session_observation")
public class SessionObservationEntity extends ClinicScopedEntity {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "observed_at", nullable = false)
    public OffsetDateTime observedAt;

    @Column(nullable = false)
    public int moaas;

    @Column(nullable = false)
    public boolean dissociation;

    @Column(name = "respiratory_depression", nullable = false)
    public boolean respiratoryDepression;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public static List<SessionObservationEntity> of(UUID sessionId) {
        return list("sessionId = ?1 order by observedAt, id", sessionId);
    }
}
