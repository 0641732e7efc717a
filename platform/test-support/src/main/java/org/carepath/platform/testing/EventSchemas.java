package org.carepath.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The JSON Schema of each event type, found by its CloudEvents type: {@code org.carepath.outcomes.AssessmentScored.v1}
 * is described by {@code docs/events/schemas/outcomes.AssessmentScored.v1.json}. Events that exist only in a
 * module's tests (the chassis' fixtures) bring their schema on the test classpath under {@code event-schemas/}.
 */
public final class EventSchemas {

    private static final String TYPE_PREFIX = "org.carepath.";
    private static final String CLASSPATH_FOLDER = "event-schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();
    // Formats are only annotations in 2020-12 unless asserted: a malformed uuid or date-time must fail.
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Optional<JsonNode>> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** The repository's {@code docs/events/schemas}, found from the working directory (a module's under Maven). */
    public static Path directory() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path schemas = dir.resolve("docs/events/schemas");
            if (Files.isDirectory(schemas)) {
                return schemas;
            }
        }
        throw new IllegalStateException("no docs/events/schemas above " + System.getProperty("user.dir"));
    }

    /** The schema document of an event type, if it has one. */
    public static Optional<JsonNode> document(String type) {
        return DOCUMENTS.computeIfAbsent(type, EventSchemas::load);
    }

    /** What is wrong with a payload of the type: empty when it matches its schema. */
    public static List<String> violations(String type, byte[] payload) {
        Optional<JsonNode> document = type == null ? Optional.empty() : document(type);
        if (document.isEmpty()) {
            return List.of("no JSON Schema for event type " + type + " in " + directory());
        }
        if (payload == null) {
            return List.of("no payload");
        }
        JsonNode event;
        try {
            event = JSON.readTree(payload);
        } catch (IOException e) {
            return List.of("payload is not JSON: " + e.getMessage());
        }
        Schema schema = SCHEMAS.computeIfAbsent(type, t -> REGISTRY.getSchema(document.get()));
        return schema.validate(event).stream().map(error -> error.toString()).toList();
    }

    /** The schema's file name, without {@code .json}, for a CarePath event type; the type itself for any other. */
    public static String name(String type) {
        return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
    }

    private static Optional<JsonNode> load(String type) {
        if (!type.startsWith(TYPE_PREFIX)) {
            return Optional.empty();
        }
        String file = name(type) + ".json";
        try {
            Path path = directory().resolve(file);
            if (Files.isRegularFile(path)) {
                return Optional.of(JSON.readTree(path.toFile()));
            }
            try (InputStream fixture = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream(CLASSPATH_FOLDER + file)) {
                return fixture == null ? Optional.empty() : Optional.of(JSON.readTree(fixture));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema of " + type, e);
        }
    }
}
