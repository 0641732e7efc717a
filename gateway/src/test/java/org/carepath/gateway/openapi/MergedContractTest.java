package org.carepath.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The committed contract ({@code openapi/carepath.yaml}) is exactly the merge of what the services serve, as each
 * stored it when it was built ({@code target/openapi/openapi.json}, built before the gateway in the reactor).
 * Regenerate it with {@code ./mvnw -pl gateway test -Dtest=MergedContractTest -Dcarepath.openapi.write=true}
 * after building the services.
 */
class MergedContractTest {

    static final Path ROOT = Path.of("..");
    static final Path COMMITTED = ROOT.resolve("openapi/carepath.yaml");
    static final List<String> SERVICES = List.of("intake-service", "scheduling-service", "outcomes-service");
    /** The paths the gateway answers itself, written by hand since no service serves them. */
    static final Path GATEWAY_OWN = Path.of("src/main/openapi/gateway.yaml");
    static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build()).build();
    static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode merged() throws IOException {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Path stored = ROOT.resolve(service).resolve("target/openapi/openapi.json");
            assertTrue(Files.exists(stored), stored + " is missing: build the services first (./mvnw verify)");
            documents.put(service, JSON.readTree(stored.toFile()));
        }
        documents.put("gateway", YAML.readTree(GATEWAY_OWN.toFile()));
        return OpenApiMerger.merge(documents);
    }

    @Test
    void theCommittedContractIsWhatTheServicesServe() throws IOException {
        ObjectNode merged = merged();
        if (Boolean.getBoolean("carepath.openapi.write")) {
            Files.createDirectories(COMMITTED.getParent());
            YAML.writeValue(COMMITTED.toFile(), merged);
        }
        JsonNode committed = JSON.readTree(JSON.writeValueAsString(YAML.readTree(COMMITTED.toFile())));
        assertEquals(JSON.readTree(JSON.writeValueAsString(merged)), committed, COMMITTED + " has drifted from the"
                + " services: regenerate it (see this test's comment) and commit it");
    }

    @Test
    void everySecuredOperationDocumentsTheGatewaysOwnRefusals() throws IOException {
        List<String> incomplete = new ArrayList<>();
        merged().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode responses = op.getValue().path("responses");
            boolean secured = !op.getValue().path("security").isEmpty();
            for (String status : List.of("401", "403", "429", "503", "504")) {
                if (secured && !responses.has(status)) {
                    incomplete.add(op.getKey() + " " + path.getKey() + " lacks " + status);
                }
            }
        }));
        assertEquals(List.of(), incomplete);
        JsonNode paths = merged().path("paths");
        for (String own : List.of("/v1/me/appointments", "/v1/me/assessments", "/v1/me/outcomes",
                "/v1/patients/{id}/journey", "/openapi")) {
            assertTrue(paths.has(own), own + " is the gateway's own and must be documented");
        }
    }

    @Test
    void everyRouteOfTheGatewayHasItsPathsInTheContract() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        JsonNode paths = merged().path("paths");
        List<String> missing = new ArrayList<>();
        for (int i = 0; properties.containsKey("carepath.gateway.routes[" + i + "].path"); i++) {
            String prefix = properties.getProperty("carepath.gateway.routes[" + i + "].path");
            List<String> names = new ArrayList<>();
            paths.fieldNames().forEachRemaining(names::add);
            if (names.stream().noneMatch(path -> path.replaceAll("\\{[^}]+}", "{id}")
                    .startsWith(prefix.replaceAll("\\{[^}]+}", "{id}")))) {
                missing.add(prefix);
            }
        }
        assertEquals(List.of(), missing, "routes the contract documents no path for");
    }
}
