package org.carepath.intake.referral.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.carepath.intake.referral.domain.ReferralStatus;
import org.carepath.intake.referral.persistence.ReferralEntity;
import org.carepath.platform.audit.HasId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Referral")
public record ReferralView(UUID id, String clinicId, ReferralStatus status, Provider referringProvider,
        List<ReferralEntity.CodedDiagnosis> diagnoses, String reason, List<ReferralEntity.PriorTreatment> priorTreatments,
        UUID patientId, Candidate candidate, String declineReason, OffsetDateTime receivedAt, OffsetDateTime decidedAt,
        long version) implements HasId {

    @Schema(name = "ReferralProvider")
    public record Provider(String name, String npi, String organization, String phone, String email) {
    }

    @Schema(name = "ReferralCandidateView")
    public record Candidate(String givenName, String familyName, LocalDate dateOfBirth, String clinicMrn) {
    }

    static ReferralView of(ReferralEntity r) {
        Candidate candidate = r.candidateGivenName == null && r.candidateFamilyName == null ? null
                : new Candidate(r.candidateGivenName, r.candidateFamilyName, r.candidateDateOfBirth, r.candidateClinicMrn);
        return new ReferralView(r.id, r.clinicId, r.status, new Provider(r.referringProviderName, r.referringProviderNpi,
                r.referringOrganization, r.referringProviderPhone, r.referringProviderEmail), r.diagnoses, r.reason,
                r.priorTreatments, r.patientId, candidate, r.declineReason, r.receivedAt, r.decidedAt, r.version);
    }
}
