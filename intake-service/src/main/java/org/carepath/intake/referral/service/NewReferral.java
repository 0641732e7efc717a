package org.carepath.intake.referral.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.carepath.intake.referral.persistence.ReferralEntity.CodedDiagnosis;
import org.carepath.intake.referral.persistence.ReferralEntity.PriorTreatment;

/** A referral as a partner sends it: who refers, why, and either an existing patient or a candidate's details. */
public record NewReferral(String providerName, String providerNpi, String organization, String providerPhone,
        String providerEmail, List<CodedDiagnosis> diagnoses, String reason, List<PriorTreatment> priorTreatments,
        UUID patientId, Candidate candidate) {

    /** Who the referral is for when the clinic does not know them yet. */
    public record Candidate(String givenName, String familyName, LocalDate dateOfBirth, String clinicMrn) {
    }
}
