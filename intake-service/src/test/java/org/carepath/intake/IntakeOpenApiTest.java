package org.carepath.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.carepath.platform.testing.CarePathTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The contract partners integrate against: every intake endpoint is documented and secured. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class IntakeOpenApiTest {

    @Test
    void everyEndpointIsDocumentedAndNeedsABearerToken() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        Set<String> paths = new TreeSet<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(new TreeSet<>(List.of(
                "/v1/patients", "/v1/patients/{id}", "/v1/patients/{id}/eligibility",
                "/v1/patients/{id}/eligibility/history", "/v1/patients/{id}/eligibility/reviews",
                "/v1/patients/{patientId}/consents", "/v1/patients/{patientId}/consents/{id}",
                "/v1/patients/{patientId}/consents/{id}/withdraw", "/v1/patients/{patientId}/screenings",
                "/v1/patients/{patientId}/screenings/{id}", "/v1/referrals", "/v1/referrals/{id}",
                "/v1/referrals/{id}/accept", "/v1/referrals/{id}/decline", "/v1/treatment-plans",
                "/v1/treatment-plans/{id}", "/v1/treatment-plans/{id}/activate", "/v1/treatment-plans/{id}/approve",
                "/v1/treatment-plans/{id}/complete", "/v1/treatment-plans/{id}/discontinue")), paths);

        List<String> undocumented = new ArrayList<>();
        List<String> unsecured = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.get("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fields().forEachRemaining(operation -> {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                if (!operation.getValue().hasNonNull("summary")) {
                    undocumented.add(name);
                }
                if (!operation.getValue().hasNonNull("security")) {
                    unsecured.add(name);
                }
            });
        }
        assertEquals(List.of(), undocumented, "operations without a summary");
        assertEquals(List.of(), unsecured, "operations without a security requirement");
        assertTrue(document.at("/components/securitySchemes/bearer").isObject(), "bearer JWT scheme declared");
        assertTrue(document.at("/components/schemas/Problem").isObject(), "problem+json schema declared");
    }
}
