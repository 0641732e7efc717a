package org.carepath.intake.eligibility.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.carepath.intake.eligibility.domain.MedicationFlag;
import org.carepath.intake.eligibility.domain.RouteOutcome;
import org.carepath.intake.eligibility.domain.SuicideRiskLevel;
import org.carepath.intake.eligibility.persistence.EligibilityDecisionEntity;
import org.carepath.platform.audit.HasId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EligibilityDecision", description = "A decision per requested route with machine-readable reasons"
        + " (code, severity, DOMAIN.md source) and medication flags")
public record EligibilityView(UUID id, UUID patientId, UUID screeningId, EligibilityDecisionEntity.Kind kind,
        List<RouteOutcome> routes, List<MedicationFlag> medicationFlags,
        SuicideRiskLevel suicideRisk, @Schema(description = "A positive suicide-risk screen: a clinician must act now")
        boolean urgent, @Schema(description = "For a review: the decision it reviewed") UUID reviewedDecisionId,
        @Schema(description = "For a review: the prescriber's reason") String reviewReason, OffsetDateTime decidedAt,
        String decidedBy) implements HasId {

    public static EligibilityView of(EligibilityDecisionEntity d) {
        return new EligibilityView(d.id, d.patientId, d.screeningId, d.kind, d.routes, d.medicationFlags, d.suicideRisk,
                d.urgent, d.reviewedDecisionId, d.reviewReason, d.decidedAt, d.decidedBy);
    }
}
