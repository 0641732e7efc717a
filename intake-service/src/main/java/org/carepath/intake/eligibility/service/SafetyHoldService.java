package org.carepath.intake.eligibility.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.carepath.intake.eligibility.domain.SafetyHold;
import org.carepath.intake.eligibility.persistence.EligibilityDecisionEntity;
import org.carepath.intake.eligibility.persistence.EligibilityDecisionEntity.Kind;
import org.carepath.intake.eligibility.persistence.SafetyHoldEntity;
import org.carepath.intake.patient.persistence.PatientEntity;
import org.carepath.platform.events.SafetyAlerts;
import org.carepath.platform.inbox.PoisonEventException;

/**
 * Holds a patient's eligibility at review-required while any safety alert is open, and releases it to the
 * latest clinical decision once the last one is resolved.
 */
@ApplicationScoped
public class SafetyHoldService {

    static final String SYSTEM = "carepath-safety";

    @Inject
    EligibilityDecisions decisions;

    @Transactional(Transactional.TxType.MANDATORY)
    public void raised(SafetyAlerts.Raised alert) {
        if (PatientEntity.findInClinic(alert.patientId()).isEmpty()) {
            throw new PoisonEventException("safety alert " + alert.alertId() + " names no patient of its clinic");
        }
        if (SafetyHoldEntity.findById(alert.alertId()) != null) {
            return;
        }
        SafetyHoldEntity hold = new SafetyHoldEntity();
        hold.alertId = alert.alertId();
        hold.patientId = alert.patientId();
        hold.reasonCode = alert.reasonCode();
        hold.raisedAt = alert.raisedAt();
        hold.persistAndFlush();
        hold(alert.patientId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resolved(SafetyAlerts.Resolved alert) {
        SafetyHoldEntity hold = SafetyHoldEntity.findById(alert.alertId());
        if (hold == null || !hold.patientId.equals(alert.patientId())) {
            throw new PoisonEventException("safety alert " + alert.alertId() + " was never raised for this patient");
        }
        if (hold.resolvedAt != null) {
            return;
        }
        hold.resolvedAt = alert.resolvedAt();
        hold.flush();
        if (SafetyHoldEntity.anyOpen(hold.patientId)) {
            return;
        }
        EligibilityDecisionEntity current = EligibilityDecisionEntity.latestOf(hold.patientId).orElse(null);
        if (current != null && current.kind == Kind.SAFETY_HOLD) {
            EligibilityDecisionEntity clinical = EligibilityDecisionEntity.latestClinicalOf(hold.patientId).orElseThrow();
            decisions.append(current, Kind.SAFETY_RELEASED, clinical.routes, clinical.urgent,
                    "Every safety alert resolved", SYSTEM);
        }
    }

    /** Puts the current clinical decision under hold if an alert is open; a patient never screened has none yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EligibilityDecisionEntity hold(UUID patientId) {
        EligibilityDecisionEntity current = EligibilityDecisionEntity.latestOf(patientId).orElse(null);
        if (current == null || current.kind == Kind.SAFETY_HOLD || !SafetyHoldEntity.anyOpen(patientId)) {
            return current;
        }
        return decisions.append(current, Kind.SAFETY_HOLD, SafetyHold.apply(current.routes), true,
                "Safety alert open", SYSTEM);
    }
}
