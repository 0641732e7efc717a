package org.carepath.intake.referral.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.carepath.intake.referral.domain.Diagnosis;

/**
 * Referral events on {@code carepath.intake.events.v1}. They carry ids and coded diagnoses; the
 * referrer's contact details, the reason text and the patient's demographics stay in intake.
 */
public final class ReferralEvents {

    private ReferralEvents() {
    }

    public record ReferralReceived(UUID referralId, String clinicId, List<Diagnosis> diagnoses,
            OffsetDateTime receivedAt) {
        public static final String TYPE = "org.carepath.intake.ReferralReceived.v1";
    }

    public record ReferralAccepted(UUID referralId, UUID patientId, String clinicId, List<Diagnosis> diagnoses,
            OffsetDateTime acceptedAt) {
        public static final String TYPE = "org.carepath.intake.ReferralAccepted.v1";
    }

    public record ReferralDeclined(UUID referralId, String clinicId, OffsetDateTime declinedAt) {
        public static final String TYPE = "org.carepath.intake.ReferralDeclined.v1";
    }
}
