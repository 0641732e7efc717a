package org.carepath.outcomes.session;

import static org.carepath.outcomes.OutcomesFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.carepath.outcomes.OutcomesFixtures;
import org.carepath.platform.events.Topics;
import org.carepath.platform.security.Roles;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** A checked-in esketamine session is monitored and discharged only once rule 2 holds. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "outcomes"))
class DosingSessionTest {

    /** Two 28 mg devices with the REMS answers; %s takes more fields (a leading comma) or "". */
    static final String ESKETAMINE_DOSE_WITH = "{\"route\":\"ESKETAMINE_INTRANASAL\",\"doseMg\":56,\"devices\":2,"
            + "\"lotNumber\":\"L9\",\"concomitantMedications\":" + OutcomesFixtures.NO_MEDICATIONS + "%s}";

    static final String CLINIC = "clinic-sessions";

    RequestSpecification nurse() {
        return as(Roles.CLINICIAN, CLINIC);
    }

    @Test
    void dischargeAt119MinutesIsRefusedAndAt120Accepted() {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1985);
        UUID early = OutcomesFixtures.monitoredSession(CLINIC, patient, 119 * 60);
        nurse().post("/v1/dosing-sessions/" + early + "/discharge").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("discharge-refused"))
                .body("errors.message", hasItem("monitoring-time-not-elapsed"))
                .body("detail", containsString("the 120-minute monitoring window after the first device has 1 min"))
                .body("detail", containsString("the one recorded 119 minutes after the first device does not count"));
        nurse().get("/v1/dosing-sessions/" + early).then().body("status", equalTo("OPEN"));

        UUID onTime = OutcomesFixtures.monitoredSession(CLINIC, patient, 120 * 60 + 5);
        nurse().post("/v1/dosing-sessions/" + onTime + "/discharge").then().statusCode(200)
                .body("status", equalTo("DISCHARGED"));
        JsonPath completed = JsonPath.from(TopicProbe.value(TopicProbe.events(Topics.OUTCOMES,
                "org.carepath.outcomes.DosingSessionCompleted.v1", patient.toString(), 1, OutcomesFixtures.WAIT).get(0)));
        assertEquals(onTime.toString(), completed.getString("sessionId"));

        nurse().get("/v1/rems/monitoring-forms/" + onTime).then().statusCode(200)
                .body("status", equalTo("DUE"))
                .body("dueOn", equalTo(LocalDate.parse(completed.getString("administeredAt").substring(0, 10)).plusDays(7).toString()))
                .body("form.doseMg", equalTo(56))
                .body("form.totalMonitoringMinutes", equalTo(120))
                .body("form.minutesUntilReadyWithoutTwoHourRule", equalTo(90))
                .body("form.firstTreatment", equalTo(true));
        nurse().queryParam("status", "DUE").get("/v1/rems/monitoring-forms").then().body("sessionId", hasItem(onTime.toString()));
        nurse().body("{\"reference\":\"REMS-778\"}").post("/v1/rems/monitoring-forms/" + onTime + "/submission").then()
                .statusCode(200).body("status", equalTo("SUBMITTED"));
        nurse().body("{}").post("/v1/rems/monitoring-forms/" + onTime + "/submission").then().statusCode(409);
        nurse().get("/v1/rems/monitoring-forms/" + early).then().statusCode(404);
    }

    @Test
    void implausibleVitalsAndAWrongRouteAreRefused() {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1960);
        UUID session = OutcomesFixtures.checkedIn(CLINIC, patient, "ESKETAMINE_INTRANASAL", OffsetDateTime.now().minusMinutes(5));
        String base = "/v1/dosing-sessions/" + session;
        nurse().body("{\"systolic\":400,\"diastolic\":90}").post(base + "/vitals").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("vitals"));
        nurse().body("{\"route\":\"IV\",\"doseMgPerKg\":0.5}").post(base + "/dose").then().statusCode(422)
                .body("code", equalTo("route-mismatch"));
        nurse().get(base).then().body("vitals.size()", equalTo(0)).body("administeredAt", equalTo(null));
    }

    @Test
    void aDoseOutsideItsUnitsAndRangesIsRefusedAndNotRecorded() {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1975);
        UUID session = OutcomesFixtures.checkedIn(CLINIC, patient, "ESKETAMINE_INTRANASAL", OffsetDateTime.now().minusMinutes(30));
        String base = "/v1/dosing-sessions/" + session;
        nurse().body("{\"systolic\":128,\"diastolic\":82,\"heartRate\":70}").post(base + "/vitals").then().statusCode(201);
        nurse().body(OutcomesFixtures.CHECKLIST).post(base + "/pre-dose-checklist").then().statusCode(200);
        String dose = ESKETAMINE_DOSE_WITH;
        nurse().body(dose.formatted(",\"doseMgPerKg\":-1")).post(base + "/dose").then().statusCode(400)
                .body("errors.field", hasItem("doseMgPerKg"));
        nurse().body(dose.formatted(",\"doseMgPerKg\":0.5")).post(base + "/dose").then().statusCode(400)
                .body("errors[0].field", equalTo("doseMgPerKg"));
        nurse().body(dose.formatted(",\"doseMgPerKg\":100000000000000000000")).post(base + "/dose").then()
                .statusCode(400).body("errors.field", hasItem("doseMgPerKg"));
        nurse().body(dose.replace("56", "0").replace("\"devices\":2", "\"devices\":0").formatted(""))
                .post(base + "/dose").then().statusCode(400).body("errors.field", hasItem("devices"));
        nurse().get(base).then().body("administeredAt", equalTo(null));
        nurse().body(dose.formatted("")).post(base + "/dose").then().statusCode(200).body("doseMgPerKg", equalTo(null));
    }

    @Test
    void aHighPreDoseBloodPressureNeedsAPrescribersOverride() {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1970);
        UUID session = OutcomesFixtures.checkedIn(CLINIC, patient, "ESKETAMINE_INTRANASAL", OffsetDateTime.now().minusMinutes(30));
        String base = "/v1/dosing-sessions/" + session;
        nurse().body("{\"systolic\":152,\"diastolic\":88,\"heartRate\":70}").post(base + "/vitals").then().statusCode(201);
        nurse().body(OutcomesFixtures.CHECKLIST).post(base + "/pre-dose-checklist").then().statusCode(200);
        String dose = ESKETAMINE_DOSE_WITH.formatted("");
        nurse().body(dose).post(base + "/dose").then().statusCode(409).body("code", equalTo("bp-hold-override-required"));
        nurse().body("{\"reason\":\"Stable chronic hypertension\"}").post(base + "/bp-override").then().statusCode(403);
        as(Roles.PRESCRIBER, CLINIC).body("{\"reason\":\"Stable chronic hypertension\"}").post(base + "/bp-override")
                .then().statusCode(200);
        nurse().body(dose).post(base + "/dose").then().statusCode(200).body("doseMg", equalTo(56));
    }
}
