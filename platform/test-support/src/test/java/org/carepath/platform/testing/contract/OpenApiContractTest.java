package org.carepath.platform.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

class OpenApiContractTest {

    static final String DOCUMENT = """
            openapi: 3.1.0
            info: {title: t, version: "1"}
            paths:
              /v1/patients/{id}:
                get:
                  responses:
                    "200":
                      description: the patient
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Patient"}
                    "404": {$ref: "#/components/responses/NotFound"}
                delete:
                  responses:
                    "204": {description: gone}
              /v1/patients/search:
                get:
                  responses:
                    "200":
                      description: a page
                      content:
                        application/json:
                          schema:
                            type: array
                            items: {$ref: "#/components/schemas/Patient"}
            components:
              schemas:
                Patient:
                  type: object
                  additionalProperties: false
                  required: [id]
                  properties:
                    id: {type: string}
                    mrn: {type: string}
                Problem:
                  type: object
                  required: [status]
                  properties:
                    status: {type: integer}
              responses:
                NotFound:
                  description: not found
                  content:
                    application/problem+json:
                      schema: {$ref: "#/components/schemas/Problem"}
            """;

    final OpenApiContract contract;

    OpenApiContractTest() throws Exception {
        contract = OpenApiContract.of(new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(
                new YAMLMapper().readTree(DOCUMENT))));
    }

    @Test
    void aConformingAnswerHasNoViolation() {
        assertEquals(List.of(), contract.violations("GET", "/v1/patients/p1", 200, "application/json",
                "{\"id\":\"p1\",\"mrn\":\"M-1\"}"));
        assertEquals(List.of(), contract.violations("GET", "/v1/patients/p1", 404,
                "application/problem+json;charset=UTF-8", "{\"status\":404}"));
        assertEquals(List.of(), contract.violations("DELETE", "/v1/patients/p1", 204, null, ""));
    }

    @Test
    void aNullWhereTheSchemaAllowsNoneIsAViolation() {
        List<String> violations = contract.violations("GET", "/v1/patients/p1", 200, "application/json",
                "{\"id\":\"p1\",\"mrn\":null}");
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("/mrn"), violations.get(0));
    }

    @Test
    void aFieldTheSchemaDoesNotKnowIsAViolation() {
        assertEquals(1, contract.violations("GET", "/v1/patients/p1", 200, "application/json",
                "{\"id\":\"p1\",\"extra\":1}").size());
    }

    @Test
    void aStatusTheOperationDoesNotListIsAViolation() {
        List<String> violations = contract.violations("GET", "/v1/patients/p1", 409, "application/problem+json",
                "{\"status\":409}");
        assertEquals(List.of("GET /v1/patients/{id} answered 409, a status its contract does not list"), violations);
    }

    @Test
    void aMediaTypeTheStatusDoesNotDeclareIsAViolation() {
        assertEquals(1, contract.violations("GET", "/v1/patients/p1", 404, "text/html", "<p>no</p>").size());
    }

    @Test
    void aBodyWhereTheContractDeclaresNoneIsAViolation() {
        assertEquals(1, contract.violations("DELETE", "/v1/patients/p1", 204, "application/json", "{}").size());
    }

    @Test
    void aLiteralPathWinsOverATemplate() {
        assertEquals(List.of(), contract.violations("GET", "/v1/patients/search", 200, "application/json",
                "[{\"id\":\"p1\"}]"));
        assertEquals(1, contract.violations("GET", "/v1/patients/search", 200, "application/json",
                "{\"id\":\"p1\"}").size());
    }

    @Test
    void anUndocumentedOperationIsAViolationUnlessTheRouteIsMissing() {
        assertEquals(1, contract.violations("POST", "/v1/patients/p1", 200, "application/json", "{}").size());
        assertEquals(List.of(), contract.violations("POST", "/v1/patients/p1", 405, null, ""));
        assertEquals(List.of(), contract.violations("GET", "/v1/nothing", 404, null, ""));
    }
}
