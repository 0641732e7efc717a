package org.carepath.intake.eligibility.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.carepath.intake.eligibility.events.EligibilityDetermined.RouteOutcome;

/**
 * {@code org.carepath.intake.EligibilityReviewed.v1}: a prescriber signed off or overrode a decision; the
 * routes are the outcomes now in force. The reason stays in intake.
 */
public record EligibilityReviewed(UUID decisionId, UUID reviewedDecisionId, UUID patientId, String clinicId,
        String action, List<RouteOutcome> routes, OffsetDateTime decidedAt) {

    public static final String TYPE = "org.carepath.intake.EligibilityReviewed.v1";
}
