package org.carepath.intake.eligibility.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.carepath.intake.eligibility.domain.Review;
import org.carepath.intake.eligibility.events.EligibilityDetermined.RouteOutcome;
import org.carepath.intake.eligibility.persistence.EligibilityDecisionEntity.Kind;

/**
 * {@code org.carepath.intake.EligibilityReviewed.v1}: a prescriber signed off or overrode a decision, or a safety
 * alert held it or its resolution released it; the routes are the outcomes now in force. The reason stays in intake.
 */
public record EligibilityReviewed(UUID decisionId, UUID reviewedDecisionId, UUID patientId, String clinicId,
        Action action, List<RouteOutcome> routes, OffsetDateTime decidedAt) {

    public static final String TYPE = "org.carepath.intake.EligibilityReviewed.v1";

    /** What was done to the decision: a prescriber's review, in the API's codes ({@link Review.Action}), or a hold. */
    public enum Action {
        SIGN_OFF, OVERRIDE, SAFETY_HOLD, SAFETY_RELEASED;

        /** The action that made a decision of this kind; a determined decision was not reviewed. */
        public static Action of(Kind kind) {
            return switch (kind) {
                case SIGNED_OFF -> SIGN_OFF;
                case OVERRIDDEN -> OVERRIDE;
                case SAFETY_HOLD -> SAFETY_HOLD;
                case SAFETY_RELEASED -> SAFETY_RELEASED;
                case DETERMINED -> throw new IllegalArgumentException("a determined decision is not a review");
            };
        }
    }
}
