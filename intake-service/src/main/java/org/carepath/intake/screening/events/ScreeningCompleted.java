package org.carepath.intake.screening.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.carepath.intake.eligibility.domain.Indication;
import org.carepath.intake.eligibility.domain.Route;
import org.carepath.intake.eligibility.domain.SuicideRiskLevel;

/**
 * {@code org.carepath.intake.ScreeningCompleted.v1}: the clinical facts downstream services use, no history detail.
 * The PHQ-9 and GAD-7 totals are baseline scores: outcomes measures response from the last score before the first dose.
 *
 * @param recordedAt when the screening was recorded: its scores were taken on {@code assessedOn}, no later than this,
 *     which places them before or after a dose to the minute. Always sent now, but optional in the schema (it came
 *     within v1, which only gains optional fields), so a consumer meets older events without it.
 */
public record ScreeningCompleted(UUID screeningId, UUID patientId, String clinicId, LocalDate assessedOn,
        Indication indication, Set<Route> requestedRoutes, int phq9Total, int gad7Total, SuicideRiskLevel suicideRisk,
        @Nullable OffsetDateTime recordedAt) {

    public static final String TYPE = "org.carepath.intake.ScreeningCompleted.v1";
}
