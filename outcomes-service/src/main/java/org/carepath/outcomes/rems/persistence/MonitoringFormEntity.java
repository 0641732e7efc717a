package org.carepath.outcomes.rems.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.carepath.outcomes.session.domain.MonitoringForm;
import org.carepath.outcomes.session.domain.MonitoringFormDeadline;
import org.carepath.outcomes.session.domain.MonitoringFormStatus;
import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A REMS Patient Monitoring Form to submit for one esketamine session, and whether it was. */
@Entity
@Table(name = "rems_monitoring_form")
public class MonitoringFormEntity extends ClinicScopedEntity {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(name = "treatment_date", nullable = false)
    public LocalDate treatmentDate;

    @Column(name = "alert_on", nullable = false)
    public LocalDate alertOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public MonitoringForm form;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "submitted_by")
    public String submittedBy;

    public String reference;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public MonitoringFormStatus status(LocalDate today) {
        return new MonitoringFormDeadline(treatmentDate, alertOn, dueOn).status(today, submittedOn);
    }
}
