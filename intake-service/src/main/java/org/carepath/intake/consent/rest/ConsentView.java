package org.carepath.intake.consent.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.carepath.intake.consent.domain.ConsentKind;
import org.carepath.intake.consent.domain.ConsentStatus;
import org.carepath.intake.consent.persistence.ConsentEntity;
import org.carepath.platform.audit.HasId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Consent")
public record ConsentView(UUID id, UUID patientId, ConsentKind kind, String formVersion, OffsetDateTime signedAt,
        OffsetDateTime prescriberSignedAt, String remsEnrollmentId, ConsentStatus status, OffsetDateTime withdrawnAt,
        String withdrawalReason, OffsetDateTime recordedAt, long version) implements HasId {

    static ConsentView of(ConsentEntity c) {
        return new ConsentView(c.id, c.patientId, c.kind, c.formVersion, c.signedAt, c.prescriberSignedAt,
                c.remsEnrollmentId, c.status, c.withdrawnAt, c.withdrawalReason, c.recordedAt, c.version);
    }
}
