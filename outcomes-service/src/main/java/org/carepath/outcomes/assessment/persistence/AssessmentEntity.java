package org.carepath.outcomes.assessment.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.outcomes.alert.persistence.SafetyAlertEntity.Channel;
import org.carepath.outcomes.assessment.domain.Assessment;
import org.carepath.outcomes.assessment.domain.Band;
import org.carepath.outcomes.assessment.domain.Flag;
import org.carepath.outcomes.assessment.domain.Instrument;
import org.carepath.outcomes.assessment.domain.Score;
import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A scored assessment as entered: answers, total, band, flags, instrument version, who, when and through what. */
@Entity
@Table(name = "assessment")
public class AssessmentEntity extends ClinicScopedEntity {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Instrument instrument;

    @Column(nullable = false)
    public String version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Integer> answers;

    public Integer total;

    @Enumerated(EnumType.STRING)
    public Band band;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Set<Flag> flags;

    @Column(nullable = false)
    public boolean prorated;

    @Column(name = "taken_at", nullable = false)
    public OffsetDateTime takenAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "dosing_session_id")
    public UUID dosingSessionId;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "entered_by_roles", nullable = false)
    public String enteredByRoles;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public Score score() {
        return new Score(instrument, version, answers, total, band, flags, prorated);
    }

    /** The instrument's wording of the band, null without a band. */
    public String bandLabel() {
        return band == null ? null : instrument.bandLabel(band);
    }

    public Assessment toAssessment() {
        return new Assessment(id, takenAt, instrument, total, Assessment.Origin.ASSESSMENT);
    }
}
