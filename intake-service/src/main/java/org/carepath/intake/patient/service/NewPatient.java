package org.carepath.intake.patient.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.carepath.intake.patient.domain.PregnancyStatus;
import org.carepath.intake.patient.domain.Sex;

/** A patient's details as a clinic provides them, for registration or a full update; validated at the edge. */
public record NewPatient(String givenName, String familyName, LocalDate dateOfBirth, String clinicMrn, Sex sex,
        BigDecimal weightKg, PregnancyStatus pregnancyStatus, Boolean breastfeeding, Contact contact,
        EmergencyContact emergencyContact) {

    public record Contact(String email, String phone, String addressLine1, String addressLine2, String city,
            String region, String postalCode, String country) {
    }

    public record EmergencyContact(String name, String relationship, String phone) {
    }
}
