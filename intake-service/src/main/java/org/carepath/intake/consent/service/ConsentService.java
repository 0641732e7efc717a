package org.carepath.intake.consent.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.carepath.intake.consent.domain.ConsentKind;
import org.carepath.intake.consent.domain.ConsentStatus;
import org.carepath.intake.consent.events.ConsentEvents.ConsentRecorded;
import org.carepath.intake.consent.events.ConsentEvents.ConsentWithdrawn;
import org.carepath.intake.consent.persistence.ConsentEntity;
import org.carepath.intake.patient.service.PatientService;
import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.Topics;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.outbox.Outbox;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CallerContext;

/** Recording and withdrawing consents; each change and its event commit together. */
@ApplicationScoped
public class ConsentService {

    /** A signed consent as the clinic records it. */
    public record NewConsent(ConsentKind kind, String formVersion, OffsetDateTime signedAt,
            OffsetDateTime prescriberSignedAt, String remsEnrollmentId) {
    }

    @Inject
    PatientService patients;

    @Inject
    Outbox outbox;

    @Inject
    CallerContext caller;

    @Transactional
    public ConsentEntity record(UUID patientId, NewConsent request) {
        patients.get(patientId);
        OffsetDateTime now = OffsetDateTime.now();
        if (request.signedAt().isAfter(now)
                || (request.prescriberSignedAt() != null && request.prescriberSignedAt().isAfter(now))) {
            throw ProblemException.invalidField(request.signedAt().isAfter(now) ? "signedAt" : "prescriberSignedAt",
                    "must not be in the future");
        }
        if (request.kind().needsPrescriberSignature() && request.prescriberSignedAt() == null) {
            throw ProblemException.invalidField("prescriberSignedAt",
                    "the REMS Patient Enrollment Form is signed by patient and prescriber");
        }
        ConsentEntity consent = new ConsentEntity();
        consent.id = Ids.newId();
        consent.patientId = patientId;
        consent.kind = request.kind();
        consent.formVersion = request.formVersion();
        consent.signedAt = request.signedAt();
        consent.prescriberSignedAt = request.prescriberSignedAt();
        consent.remsEnrollmentId = request.remsEnrollmentId();
        consent.status = ConsentStatus.ACTIVE;
        consent.recordedAt = now;
        consent.recordedBy = caller.subject();
        consent.persistAndFlush();
        outbox.record(new OutgoingEvent(Topics.INTAKE, patientId.toString(), ConsentRecorded.TYPE,
                "patients/" + patientId + "/consents/" + consent.id, new ConsentRecorded(consent.id, patientId,
                        consent.clinicId, consent.kind, consent.formVersion, consent.signedAt)));
        return consent;
    }

    @Transactional
    public ConsentEntity withdraw(UUID patientId, UUID consentId, String reason) {
        ConsentEntity consent = get(patientId, consentId);
        if (consent.status == ConsentStatus.WITHDRAWN) {
            throw ProblemException.conflict("consent-already-withdrawn", "This consent was already withdrawn");
        }
        consent.status = ConsentStatus.WITHDRAWN;
        consent.withdrawnAt = OffsetDateTime.now();
        consent.withdrawalReason = reason;
        consent.flush();
        outbox.record(new OutgoingEvent(Topics.INTAKE, patientId.toString(), ConsentWithdrawn.TYPE,
                "patients/" + patientId + "/consents/" + consent.id, new ConsentWithdrawn(consent.id, patientId,
                        consent.clinicId, consent.kind, consent.withdrawnAt)));
        return consent;
    }

    public ConsentEntity get(UUID patientId, UUID consentId) {
        patients.get(patientId);
        return ConsentEntity.findOfPatient(patientId, consentId).orElseThrow(() -> ProblemException.notFound("Consent"));
    }

    public List<ConsentEntity> list(UUID patientId) {
        patients.get(patientId);
        return ConsentEntity.ofPatient(patientId);
    }
}
