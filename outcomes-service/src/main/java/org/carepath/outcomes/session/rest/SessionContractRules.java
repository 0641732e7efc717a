package org.carepath.outcomes.session.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.carepath.outcomes.session.domain.BloodPressure;
import org.carepath.outcomes.session.domain.Route;
import org.carepath.outcomes.session.domain.SessionPolicy;
import org.carepath.outcomes.session.domain.Vitals;
import org.carepath.outcomes.session.service.DosingSessionService;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Writes the dosing-session rules the service enforces into its contract, from the same constants and policy the
 * code enforces them with: vitals and MOAA/S ranges, what a dose must carry on each route, and when readings and
 * readiness count toward discharge. Why: a client can then validate a request, and learn why discharge waits,
 * without reading the service's code; the numbers cannot drift from the enforced ones.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SessionContractRules implements OASFilter {

    static final String SESSION = "/v1/dosing-sessions/{id}";
    private static final SessionPolicy DEFAULTS = SessionPolicy.defaults();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        vitals(schemas.get("VitalsRequest"));
        dose(schemas.get("DoseRequest"));
        observation(schemas.get("ObservationRequest"));
        schemas.get("ReadinessRequest").setDescription(readinessRule());
        append(post(openAPI, SESSION + "/vitals"), readingsRule());
        append(post(openAPI, SESSION + "/readiness"), readinessRule());
        append(post(openAPI, SESSION + "/observations"), "Observations fill the esketamine REMS form's"
                + " effects (sedation is any MOAA/S below " + SessionPolicy.MOAAS_MAX + ", dissociation, respiratory"
                + " depression); they are not discharge requirements.");
        append(post(openAPI, SESSION + "/discharge"), "The problem's detail says, for each unmet requirement, what"
                + " does not count and why; its errors carry the codes. " + readingsRule() + " " + readinessRule());
        append(openAPI.getPaths().getPathItem("/v1/rems/monitoring-forms/{id}").getGET(), "Its readings are the ones"
                + " discharge counted. " + readingsRule());
    }

    private static void vitals(Schema request) {
        Map<String, Schema> properties = request.getProperties();
        range(properties.get("systolic"), BloodPressure.MIN_SYSTOLIC, BloodPressure.MAX_SYSTOLIC);
        range(properties.get("diastolic"), BloodPressure.MIN_DIASTOLIC, BloodPressure.MAX_DIASTOLIC);
        range(properties.get("heartRate"), Vitals.MIN_HEART_RATE, Vitals.MAX_HEART_RATE);
        range(properties.get("spo2"), Vitals.MIN_SPO2, Vitals.MAX_SPO2);
        range(properties.get("respiratoryRate"), Vitals.MIN_RESPIRATORY_RATE, Vitals.MAX_RESPIRATORY_RATE);
        request.setDependentRequired(Map.of("systolic", List.of("diastolic"), "diastolic", List.of("systolic")));
        for (String measure : List.of("systolic", "heartRate", "spo2", "respiratoryRate")) {
            request.addAnyOf(OASFactory.createSchema().addRequired(measure));
        }
        request.setDescription("At least one measure; systolic and diastolic together, systolic above diastolic. The"
                + " ranges are plausibility limits against entry errors (400 outside them), not clinical limits. "
                + readingsRule());
    }

    /** Esketamine is whole nasal devices with their lot and the REMS medication answers; other routes mg or mg/kg. */
    private static void dose(Schema request) {
        Schema esketamine = OASFactory.createSchema().addRequired("route")
                .addProperty("route", OASFactory.createSchema().constValue(Route.ESKETAMINE_INTRANASAL.name()));
        Schema esketamineRequires = OASFactory.createSchema()
                .required(List.of("doseMg", "devices", "lotNumber", "concomitantMedications"))
                .addProperty("doseMg", OASFactory.createSchema()
                        .multipleOf(BigDecimal.valueOf(DosingSessionService.ESKETAMINE_DEVICE_MG)))
                .addProperty("doseMgPerKg", OASFactory.createSchema().addType(Schema.SchemaType.NULL));
        Schema otherRoutesRequire = OASFactory.createSchema()
                .addAnyOf(OASFactory.createSchema().addRequired("doseMg"))
                .addAnyOf(OASFactory.createSchema().addRequired("doseMgPerKg"));
        request.addAllOf(OASFactory.createSchema().ifSchema(esketamine).thenSchema(esketamineRequires)
                .elseSchema(otherRoutesRequire));
        request.setDescription("Esketamine (ESKETAMINE_INTRANASAL) requires doseMg, devices, lotNumber and"
                + " concomitantMedications, with doseMg = " + DosingSessionService.ESKETAMINE_DEVICE_MG + " x devices"
                + " and no doseMgPerKg; the other routes require doseMg or doseMgPerKg.");
    }

    private static void observation(Schema request) {
        Schema moaas = request.getProperties().get("moaas");
        range(moaas, SessionPolicy.MOAAS_MIN, SessionPolicy.MOAAS_MAX);
        moaas.setDescription("MOAA/S " + SessionPolicy.MOAAS_MIN + "-" + SessionPolicy.MOAAS_MAX + ": "
                + SessionPolicy.MOAAS_MIN + " (loss of consciousness) raises an urgent safety alert");
    }

    /** The windows in which readings count, with DOMAIN.md's defaults (a clinic may configure its own). */
    static String readingsRule() {
        return "Readings that count toward discharge (clinic defaults): esketamine needs a BP at or before the first"
                + " device, one " + (DEFAULTS.postDoseBpMinutes() - DEFAULTS.postDoseBpToleranceMinutes()) + " to "
                + (DEFAULTS.postDoseBpMinutes() + DEFAULTS.postDoseBpToleranceMinutes()) + " minutes after it (the"
                + " closest to " + DEFAULTS.postDoseBpMinutes() + "), and one in the "
                + DEFAULTS.preDischargeVitalsWindowMinutes() + " minutes before discharge after that; IV, IM and oral"
                + " need BP with heart rate at or before the dose and in the "
                + DEFAULTS.preDischargeVitalsWindowMinutes() + " minutes before discharge, after the infusion's end"
                + " (IV) or the dose. Readings outside these windows are kept but do not count.";
    }

    static String readinessRule() {
        return "Readiness counts toward discharge only when assessed after the route's monitoring window (clinic"
                + " defaults: esketamine " + DEFAULTS.esketamineMinimumMonitoringMinutes() + " minutes after the first"
                + " device, never less; IV " + DEFAULTS.ivMinimumMonitoringAfterInfusionMinutes() + " minutes after"
                + " the infusion's end; IM " + DEFAULTS.imMinimumMonitoringMinutes() + " and oral "
                + DEFAULTS.oralMinimumMonitoringMinutes() + " minutes after the dose). An earlier assessment is"
                + " accepted and kept but does not count: assess again once the window has passed. Esketamine:"
                + " readyWithoutRuleMinutes (the REMS evaluation) is required for discharge and may not exceed the"
                + " minutes from the first device to discharge.";
    }

    private static Operation post(OpenAPI openAPI, String path) {
        return openAPI.getPaths().getPathItem(path).getPOST();
    }

    private static void append(Operation operation, String text) {
        String description = operation.getDescription();
        operation.setDescription(description == null ? text : description + " " + text);
    }

    private static void range(Schema property, int minimum, int maximum) {
        property.setMinimum(BigDecimal.valueOf(minimum));
        property.setMaximum(BigDecimal.valueOf(maximum));
    }
}
