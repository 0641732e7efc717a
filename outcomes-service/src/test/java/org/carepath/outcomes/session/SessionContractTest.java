package org.carepath.outcomes.session;

import static io.restassured.RestAssured.given;
import static org.carepath.outcomes.OutcomesFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepath.outcomes.OutcomesFixtures;
import org.carepath.platform.security.Roles;
import org.carepath.platform.testing.CarePathTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The rules the contract states are the rules the service enforces: each range the served document gives a vital or
 * MOAA/S accepts its edges and refuses one past them, and each field it requires of an esketamine dose is refused
 * when missing.
 */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "outcomes"))
class SessionContractTest {

    static final String CLINIC = "clinic-session-contract";
    static final ObjectMapper JSON = new ObjectMapper();
    /** A valid partner for the measure under test, so only that measure decides. */
    static final Map<String, Map<String, Integer>> PARTNERS = Map.of("systolic", Map.of("diastolic", 20),
            "diastolic", Map.of("systolic", 300));

    /** The components the running service serves at /q/openapi. */
    static JsonNode schemas() throws Exception {
        return JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString())
                .path("components").path("schemas");
    }

    RequestSpecification nurse() {
        return as(Roles.CLINICIAN, CLINIC);
    }

    String session() {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1980);
        return "/v1/dosing-sessions/" + OutcomesFixtures.checkedIn(CLINIC, patient, "ESKETAMINE_INTRANASAL",
                OffsetDateTime.now().minusMinutes(30));
    }

    @Test
    void vitalsRangesInTheContractAreTheEnforcedOnes() throws Exception {
        String base = session();
        JsonNode properties = schemas().path("VitalsRequest").path("properties");
        List<String> measures = List.of("systolic", "diastolic", "heartRate", "spo2", "respiratoryRate");
        for (String measure : measures) {
            JsonNode property = properties.path(measure);
            assertTrue(property.has("minimum") && property.has("maximum"), measure + " has no range in the contract");
            int minimum = property.path("minimum").asInt();
            int maximum = property.path("maximum").asInt();
            nurse().body(vitals(measure, minimum)).post(base + "/vitals").then().statusCode(201);
            nurse().body(vitals(measure, maximum)).post(base + "/vitals").then().statusCode(201);
            nurse().body(vitals(measure, minimum - 1)).post(base + "/vitals").then().statusCode(400);
            nurse().body(vitals(measure, maximum + 1)).post(base + "/vitals").then().statusCode(400);
        }
    }

    @Test
    void moaasRangeInTheContractIsTheEnforcedOne() throws Exception {
        String base = session();
        JsonNode moaas = schemas().path("ObservationRequest").path("properties").path("moaas");
        assertTrue(moaas.has("minimum") && moaas.has("maximum"), "moaas has no range in the contract");
        int minimum = moaas.path("minimum").asInt();
        int maximum = moaas.path("maximum").asInt();
        nurse().body("{\"moaas\":" + maximum + "}").post(base + "/observations").then().statusCode(201);
        nurse().body("{\"moaas\":" + (minimum - 1) + "}").post(base + "/observations").then().statusCode(400);
        nurse().body("{\"moaas\":" + (maximum + 1) + "}").post(base + "/observations").then().statusCode(400);
    }

    @Test
    void eachFieldTheContractRequiresOfAnEsketamineDoseIsRefusedWhenMissing() throws Exception {
        String base = session();
        nurse().body("{\"systolic\":128,\"diastolic\":82,\"heartRate\":70}").post(base + "/vitals").then()
                .statusCode(201);
        nurse().body(OutcomesFixtures.CHECKLIST).post(base + "/pre-dose-checklist").then().statusCode(200);
        JsonNode rule = schemas().path("DoseRequest").path("allOf").path(0);
        assertEquals("ESKETAMINE_INTRANASAL", rule.path("if").path("properties").path("route").path("const").asText());
        List<String> required = new ArrayList<>();
        rule.path("then").path("required").forEach(field -> required.add(field.asText()));
        assertEquals(List.of("doseMg", "devices", "lotNumber", "concomitantMedications"), required);
        ObjectNode dose = (ObjectNode) JSON.readTree(String.format(DosingSessionTest.ESKETAMINE_DOSE_WITH, ""));
        for (String field : required) {
            ObjectNode without = dose.deepCopy();
            without.remove(field);
            nurse().body(without.toString()).post(base + "/dose").then().statusCode(400);
        }
        nurse().get(base).then().body("administeredAt", equalTo(null));
        nurse().body(dose.toString()).post(base + "/dose").then().statusCode(200);
    }

    private static String vitals(String measure, int value) {
        ObjectNode body = JSON.createObjectNode().put(measure, value);
        PARTNERS.getOrDefault(measure, Map.of()).forEach(body::put);
        return body.toString();
    }
}
