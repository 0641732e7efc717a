package org.carepath.scheduling.patient.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carepath.platform.tenancy.ClinicScopedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The eligibility decision in force for a patient, as intake last announced it. */
@Entity
@Table(name = "patient_eligibility")
public class PatientEligibility extends ClinicScopedEntity {

    /** One route's outcome (ELIGIBLE, REVIEW_REQUIRED, INELIGIBLE) and the codes of its reasons. */
    public record RouteOutcome(String route, String outcome, List<String> reasonCodes) {
    }

    @Id
    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "decision_id", nullable = false)
    public UUID decisionId;

    @Column(nullable = false)
    public String kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<RouteOutcome> routes;

    @Column(nullable = false)
    public boolean urgent;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** Whether the patient may be booked for dosing by this route. */
    public boolean eligibleFor(String route) {
        return routes.stream().anyMatch(r -> r.route().equals(route) && "ELIGIBLE".equals(r.outcome()));
    }
}
