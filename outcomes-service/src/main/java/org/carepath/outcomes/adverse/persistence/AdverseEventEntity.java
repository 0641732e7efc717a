package org.carepath.outcomes.adverse.persistence;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.carepath.outcomes.adverse.domain.AdverseEventGrading.Outcome;
import org.carepath.outcomes.adverse.domain.AdverseEventGrading.Relation;
import org.carepath.outcomes.adverse.domain.AdverseEventGrading.SeriousnessCriterion;
import org.carepath.outcomes.adverse.domain.AdverseEventGrading.Severity;
import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An adverse event a clinician reported, graded and related to the dose. */
@Entity
@Table(name = "adverse_event")
public class AdverseEventEntity extends ClinicScopedEntity {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(nullable = false)
    public String term;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(nullable = false)
    public boolean serious;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "seriousness_criteria", nullable = false)
    public Set<SeriousnessCriterion> seriousnessCriteria;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation_to_dose", nullable = false)
    public Relation relationToDose;

    @Column(name = "onset_at", nullable = false)
    public OffsetDateTime onsetAt;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false)
    public OffsetDateTime reportedAt;

    @Version
    public long version;
}
