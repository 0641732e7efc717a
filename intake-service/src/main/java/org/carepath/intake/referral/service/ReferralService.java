package org.carepath.intake.referral.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.carepath.intake.patient.persistence.PatientEntity;
import org.carepath.intake.patient.service.NewPatient;
import org.carepath.intake.patient.service.PatientService;
import org.carepath.intake.referral.domain.ReferralStatus;
import org.carepath.intake.referral.events.ReferralEvents.ReferralAccepted;
import org.carepath.intake.referral.events.ReferralEvents.ReferralDeclined;
import org.carepath.intake.referral.events.ReferralEvents.ReferralReceived;
import org.carepath.intake.referral.persistence.ReferralEntity;
import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.Topics;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.outbox.Outbox;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CallerContext;

import io.quarkus.panache.common.Sort;

/** Receiving and triaging referrals; each change and its event commit together. */
@ApplicationScoped
public class ReferralService {

    @Inject
    Outbox outbox;

    @Inject
    PatientService patients;

    @Inject
    CallerContext caller;

    @Transactional
    public ReferralEntity receive(NewReferral request) {
        if (request.patientId() != null) {
            requirePatient(request.patientId());
        }
        ReferralEntity referral = new ReferralEntity();
        referral.id = Ids.newId();
        referral.status = ReferralStatus.RECEIVED;
        referral.referringProviderName = request.providerName();
        referral.referringProviderNpi = request.providerNpi();
        referral.referringOrganization = request.organization();
        referral.referringProviderPhone = request.providerPhone();
        referral.referringProviderEmail = request.providerEmail();
        referral.diagnoses = List.copyOf(request.diagnoses());
        referral.reason = request.reason();
        referral.priorTreatments = request.priorTreatments() == null ? List.of() : List.copyOf(request.priorTreatments());
        referral.patientId = request.patientId();
        if (request.candidate() != null) {
            referral.candidateGivenName = request.candidate().givenName();
            referral.candidateFamilyName = request.candidate().familyName();
            referral.candidateDateOfBirth = request.candidate().dateOfBirth();
            referral.candidateClinicMrn = request.candidate().clinicMrn();
        }
        referral.receivedAt = OffsetDateTime.now();
        referral.persistAndFlush();
        outbox.record(new OutgoingEvent(Topics.INTAKE, eventKey(referral), ReferralReceived.TYPE,
                "referrals/" + referral.id, new ReferralReceived(referral.id, referral.clinicId,
                        referral.diagnoses.stream().map(ReferralEntity.CodedDiagnosis::code).toList(), referral.receivedAt)));
        return referral;
    }

    /**
     * Accepts the referral for the given patient, or for a new patient registered from the referral's
     * candidate details when none is given.
     */
    @Transactional
    public ReferralEntity accept(UUID id, UUID patientId) {
        ReferralEntity referral = decide(id, ReferralStatus.ACCEPTED);
        UUID linked = patientId != null ? patientId : referral.patientId;
        if (linked != null) {
            requirePatient(linked);
        } else {
            linked = registerCandidate(referral).id;
        }
        referral.patientId = linked;
        referral.flush();
        outbox.record(new OutgoingEvent(Topics.INTAKE, linked.toString(), ReferralAccepted.TYPE, "referrals/" + referral.id,
                new ReferralAccepted(referral.id, linked, referral.clinicId,
                        referral.diagnoses.stream().map(ReferralEntity.CodedDiagnosis::code).toList(), referral.decidedAt)));
        return referral;
    }

    @Transactional
    public ReferralEntity decline(UUID id, String reason) {
        ReferralEntity referral = decide(id, ReferralStatus.DECLINED);
        referral.declineReason = reason;
        referral.flush();
        outbox.record(new OutgoingEvent(Topics.INTAKE, eventKey(referral), ReferralDeclined.TYPE,
                "referrals/" + referral.id, new ReferralDeclined(referral.id, referral.clinicId, referral.decidedAt)));
        return referral;
    }

    public ReferralEntity get(UUID id) {
        return ReferralEntity.findInClinic(id).orElseThrow(() -> ProblemException.notFound("Referral"));
    }

    public List<ReferralEntity> list(ReferralStatus status, UUID after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (after != null) {
            where.add("id > :after");
            params.put("after", after);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        return ReferralEntity.<ReferralEntity>find(String.join(" and ", where), Sort.by("id"), params)
                .page(0, limit).list();
    }

    private ReferralEntity decide(UUID id, ReferralStatus next) {
        ReferralEntity referral = get(id);
        if (!referral.status.canBecome(next)) {
            throw ProblemException.conflict("referral-already-decided",
                    "The referral was already " + referral.status.name().toLowerCase());
        }
        referral.status = next;
        referral.decidedAt = OffsetDateTime.now();
        referral.decidedBy = caller.subject();
        return referral;
    }

    private PatientEntity registerCandidate(ReferralEntity referral) {
        if (referral.candidateGivenName == null || referral.candidateFamilyName == null
                || referral.candidateDateOfBirth == null) {
            throw ProblemException.unprocessable("referral-candidate-incomplete",
                    "The referral names no patient: give patientId, or refer with candidate given name, family name"
                            + " and date of birth");
        }
        return patients.register(new NewPatient(referral.candidateGivenName, referral.candidateFamilyName,
                referral.candidateDateOfBirth, referral.candidateClinicMrn, null, null, null, null, null, null));
    }

    private void requirePatient(UUID patientId) {
        if (PatientEntity.findInClinic(patientId).isEmpty()) {
            throw ProblemException.unprocessable("patient-not-found", "No patient with that id in this clinic");
        }
    }

    /** One patient's events stay in order; a referral not yet linked to a patient is its own key. */
    private static String eventKey(ReferralEntity referral) {
        return (referral.patientId != null ? referral.patientId : referral.id).toString();
    }
}
