package org.carepath.intake.screening.events;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.carepath.intake.eligibility.domain.Indication;
import org.carepath.intake.eligibility.domain.Route;
import org.carepath.intake.eligibility.domain.SuicideRiskLevel;

/** {@code org.carepath.intake.ScreeningCompleted.v1}: the clinical facts downstream services use, no history detail. */
public record ScreeningCompleted(UUID screeningId, UUID patientId, String clinicId, LocalDate assessedOn,
        Indication indication, Set<Route> requestedRoutes, int phq9Total, int gad7Total, SuicideRiskLevel suicideRisk) {

    public static final String TYPE = "org.carepath.intake.ScreeningCompleted.v1";
}
