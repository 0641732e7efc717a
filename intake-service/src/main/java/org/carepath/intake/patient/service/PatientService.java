package org.carepath.intake.patient.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.carepath.intake.patient.events.PatientRegistered;
import org.carepath.intake.patient.persistence.PatientEntity;
import org.carepath.intake.patient.persistence.PatientPseudonym;
import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.Topics;
import org.carepath.platform.http.ETags;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.outbox.Outbox;
import org.carepath.platform.problem.ProblemException;

import io.quarkus.panache.common.Sort;

/** Registering, updating, reading and finding patients; each registration and its event commit together. */
@ApplicationScoped
public class PatientService {

    /** Nobody treated today was born before this; an earlier date is a typing error. */
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    @Inject
    Outbox outbox;

    @Transactional
    public PatientEntity register(NewPatient details) {
        PatientEntity patient = new PatientEntity();
        patient.id = Ids.newId();
        apply(details, patient);
        patient.registeredAt = OffsetDateTime.now();
        patient.updatedAt = patient.registeredAt;
        patient.persistAndFlush();
        PatientPseudonym pseudonym = new PatientPseudonym();
        pseudonym.patientId = patient.id;
        pseudonym.analyticsId = UUID.randomUUID();
        pseudonym.persist();
        outbox.record(new OutgoingEvent(Topics.INTAKE, patient.id.toString(), PatientRegistered.TYPE,
                "patients/" + patient.id, new PatientRegistered(patient.id, patient.clinicId, patient.registeredAt,
                        patient.dateOfBirth.getYear())));
        return patient;
    }

    /** Replaces the patient's details if {@code ifMatch} names the current version. */
    @Transactional
    public PatientEntity update(UUID id, String ifMatch, NewPatient details) {
        PatientEntity patient = get(id);
        ETags.requireMatch(ifMatch, patient.version);
        apply(details, patient);
        patient.updatedAt = OffsetDateTime.now();
        patient.flush();
        return patient;
    }

    public PatientEntity get(UUID id) {
        return PatientEntity.findInClinic(id).orElseThrow(() -> ProblemException.notFound("Patient"));
    }

    public List<PatientEntity> search(PatientSearch search) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (search.after() != null) {
            where.add("id > :after");
            params.put("after", search.after());
        }
        if (search.name() != null) {
            where.add("(lower(givenName) like :name escape '\\' or lower(familyName) like :name escape '\\'"
                    + " or lower(concat(givenName, ' ', familyName)) like :name escape '\\')");
            params.put("name", likePrefix(search.name()));
        }
        if (search.dateOfBirth() != null) {
            where.add("dateOfBirth = :dateOfBirth");
            params.put("dateOfBirth", search.dateOfBirth());
        }
        if (search.clinicMrn() != null) {
            where.add("clinicMrn = :clinicMrn");
            params.put("clinicMrn", search.clinicMrn());
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return PatientEntity.<PatientEntity>find(query, Sort.by("id"), params).page(0, search.limit()).list();
    }

    private static void apply(NewPatient details, PatientEntity patient) {
        if (details.dateOfBirth().isBefore(EARLIEST_BIRTH_DATE)) {
            throw ProblemException.invalidField("dateOfBirth", "must not be before " + EARLIEST_BIRTH_DATE);
        }
        patient.givenName = details.givenName();
        patient.familyName = details.familyName();
        patient.dateOfBirth = details.dateOfBirth();
        patient.clinicMrn = details.clinicMrn();
        patient.sex = details.sex();
        patient.weightKg = details.weightKg();
        patient.pregnancyStatus = details.pregnancyStatus();
        patient.breastfeeding = details.breastfeeding();
        NewPatient.Contact contact = details.contact();
        patient.email = contact == null ? null : contact.email();
        patient.phone = contact == null ? null : contact.phone();
        patient.addressLine1 = contact == null ? null : contact.addressLine1();
        patient.addressLine2 = contact == null ? null : contact.addressLine2();
        patient.addressCity = contact == null ? null : contact.city();
        patient.addressRegion = contact == null ? null : contact.region();
        patient.addressPostalCode = contact == null ? null : contact.postalCode();
        patient.addressCountry = contact == null ? null : contact.country();
        NewPatient.EmergencyContact emergency = details.emergencyContact();
        patient.emergencyName = emergency == null ? null : emergency.name();
        patient.emergencyRelationship = emergency == null ? null : emergency.relationship();
        patient.emergencyPhone = emergency == null ? null : emergency.phone();
    }

    private static String likePrefix(String text) {
        return text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
