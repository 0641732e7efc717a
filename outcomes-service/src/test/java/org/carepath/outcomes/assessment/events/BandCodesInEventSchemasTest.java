package org.carepath.outcomes.assessment.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.carepath.outcomes.assessment.domain.Band;
import org.carepath.outcomes.assessment.domain.Flag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The published event schemas list exactly the band and flag codes the scoring produces, so consumers can switch. */
class BandCodesInEventSchemasTest {

    static final Path SCHEMAS = Path.of("../docs/events/schemas");

    @ParameterizedTest
    @ValueSource(strings = {"outcomes.AssessmentScored.v1.json", "analytics.AssessmentScored.v1.json"})
    void bandAndFlagEnumsAreTheCodes(String schema) throws IOException {
        JsonNode properties = new ObjectMapper().readTree(SCHEMAS.resolve(schema).toFile()).path("properties");

        List<String> bands = new ArrayList<>(Arrays.stream(Band.values()).map(Band::name).toList());
        bands.add(null);
        assertEquals(bands, texts(properties.path("band").path("enum")));
        assertEquals(Arrays.stream(Flag.values()).map(Flag::name).toList(),
                texts(properties.path("flags").path("items").path("enum")));
        assertEquals("string", properties.path("bandLabel").path("type").path(0).asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.isNull() ? null : node.asText()));
        return texts;
    }
}
