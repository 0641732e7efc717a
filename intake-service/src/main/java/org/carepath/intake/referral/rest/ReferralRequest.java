package org.carepath.intake.referral.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.carepath.intake.referral.domain.Diagnosis;
import org.carepath.intake.referral.persistence.ReferralEntity;
import org.carepath.intake.referral.service.NewReferral;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferralRequest", description = "A partner clinic refers a patient; name an existing patient or the candidate's details")
public record ReferralRequest(
        @NotNull @Valid ReferringProvider referringProvider,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid DiagnosisRequest> diagnoses,
        @NotBlank @Size(max = 2000) @Schema(examples = "Two failed SSRI trials; persistent anhedonia") String reason,
        @Size(max = 20) List<@NotNull @Valid PriorTreatmentRequest> priorTreatments,
        @Schema(description = "An existing patient of the clinic") UUID patientId,
        @Valid Candidate candidate) {

    @Schema(name = "ReferringProvider")
    public record ReferringProvider(
            @NotBlank @Size(max = 200) @Schema(examples = "Dr. Morgan Lee") String name,
            @Pattern(regexp = "[0-9]{10}", message = "a 10-digit NPI") @Schema(examples = "1234567893") String npi,
            @Size(max = 200) @Schema(examples = "Northside Psychiatry") String organization,
            @Pattern(regexp = "\\+?[0-9 ()-]{5,31}", message = "digits, spaces, '(', ')', '-' and a leading '+' only") String phone,
            @Email @Size(max = 254) String email) {
    }

    @Schema(name = "ReferralDiagnosis")
    public record DiagnosisRequest(
            @NotNull @Schema(examples = "TRD") Diagnosis code,
            @Pattern(regexp = "[A-TV-Z][0-9][0-9AB](\\.[0-9A-Z]{1,4})?", message = "an ICD-10-CM code such as F33.2")
            @Schema(examples = "F33.2") String icd10) {
    }

    @Schema(name = "PriorTreatment")
    public record PriorTreatmentRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "sertraline 150 mg, 8 weeks") String treatment,
            @Size(max = 500) @Schema(examples = "less than 25% improvement") String outcome) {
    }

    @Schema(name = "ReferralCandidate", description = "Who is referred, when the clinic does not know them yet")
    public record Candidate(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotNull @Past LocalDate dateOfBirth,
            @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' or '-' only")
            String clinicMrn) {
    }

    NewReferral toNewReferral() {
        return new NewReferral(referringProvider.name(), referringProvider.npi(), referringProvider.organization(),
                referringProvider.phone(), referringProvider.email(),
                diagnoses.stream().map(d -> new ReferralEntity.CodedDiagnosis(d.code(), d.icd10())).toList(), reason,
                priorTreatments == null ? List.of()
                        : priorTreatments.stream().map(t -> new ReferralEntity.PriorTreatment(t.treatment(), t.outcome()))
                                .toList(),
                patientId,
                candidate == null ? null : new NewReferral.Candidate(candidate.givenName(), candidate.familyName(),
                        candidate.dateOfBirth(), candidate.clinicMrn()));
    }
}
