package org.carepath.outcomes.analytics.events;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Nullable;

/**
 * The de-identified payloads on {@code carepath.analytics.outcomes.v1} (rule 10): a random pseudonymous id, the
 * clinic, the year (never a finer date), a Safe Harbor age band, and the clinical facts. No names, contact data,
 * MRN, patient, session or appointment ids, free text or device data.
 */
public final class AnalyticsEvents {

    public static final String ASSESSMENT_SCORED = "org.carepath.analytics.AssessmentScored.v1";
    public static final String DOSING_SESSION_COMPLETED = "org.carepath.analytics.DosingSessionCompleted.v1";
    public static final String SAFETY_ALERT_RAISED = "org.carepath.analytics.SafetyAlertRaised.v1";
    public static final String ADVERSE_EVENT_REPORTED = "org.carepath.analytics.AdverseEventReported.v1";
    public static final String OUTCOME_MILESTONE = "org.carepath.analytics.OutcomeMilestone.v1";

    private AnalyticsEvents() {
    }

    public record AssessmentScored(UUID pseudonymousId, String clinicId, int year, String ageBand, String instrument,
            @Nullable Integer total, @Nullable String band, @Nullable String bandLabel, Set<String> flags,
            boolean prorated, String channel, @Nullable String route, int sessionsBefore) {
    }

    public record DosingSessionCompleted(UUID pseudonymousId, String clinicId, int year, String ageBand, String route,
            @Nullable BigDecimal doseMg, @Nullable BigDecimal doseMgPerKg, int sessionNumber) {
    }

    public record SafetyAlertRaised(UUID pseudonymousId, String clinicId, int year, String ageBand, String level,
            String reasonCode, String source, String channel) {
    }

    public record AdverseEventReported(UUID pseudonymousId, String clinicId, int year, String ageBand, String severity,
            boolean serious, Set<String> seriousnessCriteria, String outcome, String relationToDose,
            @Nullable String route) {
    }

    /** {@code milestone} is RESPONSE, REMISSION or RELAPSE. */
    public record OutcomeMilestone(UUID pseudonymousId, String clinicId, int year, String ageBand, String milestone,
            String instrument, int baselineTotal, int latestTotal, @Nullable BigDecimal percentChange,
            @Nullable String route,
            int sessionsBefore) {
    }
}
