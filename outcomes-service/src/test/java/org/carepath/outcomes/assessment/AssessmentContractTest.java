package org.carepath.outcomes.assessment;

import static io.restassured.RestAssured.given;
import static org.carepath.outcomes.OutcomesFixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.carepath.outcomes.OutcomesFixtures;
import org.carepath.outcomes.assessment.domain.Instrument;
import org.carepath.platform.security.Roles;
import org.carepath.platform.testing.CarePathTestResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * For every instrument, the form shape the served contract states is the one scoring enforces (one answer too many,
 * or one past the item range, is refused), and a score it returns has a total and band the contract allows.
 */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "outcomes"))
class AssessmentContractTest {

    static final String CLINIC = "clinic-assessment-contract";

    /** The components the running service serves at /q/openapi. */
    static JsonNode schemas() throws Exception {
        return new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json")
                .asString()).path("components").path("schemas");
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void theContractsFormShapeAndScoreRangeAreTheEnforcedOnes(Instrument instrument) throws Exception {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1982);
        JsonNode schemas = schemas();
        JsonNode answers = rule(schemas, "AssessmentRequest", instrument).path("properties").path("answers");
        int items = answers.path("maxItems").asInt();
        assertEquals(items, answers.path("minItems").asInt());
        int minimum = answers.path("items").path("minimum").asInt();
        int maximum = answers.path("items").path("maximum").asInt();

        JsonPath scored = JsonPath.from(post(patient, instrument, form(items, minimum, minimum)).then()
                .statusCode(201).extract().asString());
        post(patient, instrument, form(items + 1, minimum, minimum)).then().statusCode(400);
        post(patient, instrument, form(items, minimum, maximum + 1)).then().statusCode(400);
        post(patient, instrument, form(items, minimum, minimum - 1)).then().statusCode(400);

        JsonNode score = rule(schemas, "Assessment", instrument).path("properties");
        if (score.path("total").has("minimum")) {
            int total = scored.getInt("total");
            assertTrue(total >= score.path("total").path("minimum").asInt()
                    && total <= score.path("total").path("maximum").asInt(), instrument + " total " + total);
        }
        List<String> bands = new ArrayList<>();
        score.path("band").path("enum").forEach(code -> bands.add(code.asText()));
        assertTrue(scored.getString("band") == null ? bands.isEmpty() : bands.contains(scored.getString("band")),
                instrument + " scored " + scored.getString("band") + ", the contract allows " + bands);
    }

    /** The rule the contract applies to one instrument's forms or scores. */
    private static JsonNode rule(JsonNode schemas, String schema, Instrument instrument) {
        for (JsonNode rule : schemas.path(schema).path("allOf")) {
            JsonNode of = rule.path("if").path("properties").path("instrument").path("const");
            if (instrument.name().equals(of.asText())) {
                return rule.path("then");
            }
        }
        throw new AssertionError(schema + " states no rule for " + instrument);
    }

    private static Response post(UUID patient, Instrument instrument, List<Integer> answers) {
        return as(Roles.CLINICIAN, CLINIC).body("{\"patientId\":\"%s\",\"instrument\":\"%s\",\"answers\":%s}"
                .formatted(patient, instrument, answers)).post("/v1/assessments");
    }

    /** {@code count} answers of {@code rest}, the first being {@code first}. */
    private static List<Integer> form(int count, int rest, int first) {
        List<Integer> answers = new ArrayList<>(Collections.nCopies(count, rest));
        answers.set(0, first);
        return answers;
    }
}
