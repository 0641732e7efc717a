package org.carepath.outcomes.analytics.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.carepath.outcomes.analytics.service.OutcomeAggregates;
import org.carepath.outcomes.analytics.service.OutcomeAggregates.ResponseRemission;
import org.carepath.outcomes.analytics.service.OutcomeAggregates.SafetyRates;
import org.carepath.outcomes.analytics.service.OutcomeAggregates.SessionsToResponse;
import org.carepath.outcomes.assessment.domain.Instrument;
import org.carepath.outcomes.assessment.domain.OutcomePolicy;
import org.carepath.outcomes.assessment.service.OutcomePolicies;
import org.carepath.platform.http.QueryParams;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CallerContext;
import org.carepath.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Aggregate outcomes for the analytics role: counts and rates only, small cells suppressed. A token with a clinic
 * sees that clinic; an analytics token without one (the suite's analytics team) sees every clinic, by clinic.
 */
@Path("/v1/analytics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics")
public class AnalyticsResource {

    @Inject
    OutcomeAggregates aggregates;

    @Inject
    OutcomePolicies policies;

    @Inject
    CallerContext caller;

    /** Groups with fewer patients (or sessions) than this show no counts: CMS's cell-size rule, UNVERIFIED here. */
    @ConfigProperty(name = "carepath.analytics.min-cell-size", defaultValue = "11")
    int minCellSize;

    @GET
    @Path("response-remission")
    @RolesAllowed({ Roles.ANALYTICS, Roles.ADMIN })
    @Operation(summary = "Response and remission rates by clinic, route and cohort month", description = "Patients with"
            + " a baseline before their first dose and a later score of the instrument (PHQ_9 or MADRS); response is at"
            + " least the policy's reduction (50%), remission the instrument's threshold, at the latest score.")
    public List<ResponseRemission> responseRemission(@QueryParam("instrument") String instrument) {
        Instrument measured = remissionInstrument(instrument);
        return aggregates.responseAndRemission(scope(), measured, policy(), minCellSize);
    }

    @GET
    @Path("sessions-to-response")
    @RolesAllowed({ Roles.ANALYTICS, Roles.ADMIN })
    @Operation(summary = "Dosing sessions before the first responding score, by clinic, route and cohort month")
    public List<SessionsToResponse> sessionsToResponse(@QueryParam("instrument") String instrument) {
        return aggregates.sessionsToResponse(scope(), remissionInstrument(instrument), policy(), minCellSize);
    }

    @GET
    @Path("safety-rates")
    @RolesAllowed({ Roles.ANALYTICS, Roles.ADMIN })
    @Operation(summary = "Adverse events and safety alerts per 100 sessions, by clinic, route and month")
    public List<SafetyRates> safetyRates() {
        return aggregates.safetyRates(scope(), minCellSize);
    }

    private String scope() {
        return caller.clinicId().orElse(OutcomeAggregates.ALL_CLINICS);
    }

    private OutcomePolicy policy() {
        return policies.forClinic(caller.clinicId().orElse(null));
    }

    private static Instrument remissionInstrument(String value) {
        Instrument instrument = value == null ? Instrument.PHQ_9
                : QueryParams.enumValue("instrument", value, Instrument.class);
        if (instrument != Instrument.PHQ_9 && instrument != Instrument.MADRS) {
            throw ProblemException.invalidField("instrument", "must be PHQ_9 or MADRS");
        }
        return instrument;
    }
}
