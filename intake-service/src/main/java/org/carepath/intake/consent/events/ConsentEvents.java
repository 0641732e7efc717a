package org.carepath.intake.consent.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.carepath.intake.consent.domain.ConsentKind;

/** Consent events on {@code carepath.intake.events.v1}: which consent, when; never the form's content. */
public final class ConsentEvents {

    private ConsentEvents() {
    }

    public record ConsentRecorded(UUID consentId, UUID patientId, String clinicId, ConsentKind kind, String formVersion,
            OffsetDateTime signedAt) {
        public static final String TYPE = "org.carepath.intake.ConsentRecorded.v1";
    }

    public record ConsentWithdrawn(UUID consentId, UUID patientId, String clinicId, ConsentKind kind,
            OffsetDateTime withdrawnAt) {
        public static final String TYPE = "org.carepath.intake.ConsentWithdrawn.v1";
    }
}
