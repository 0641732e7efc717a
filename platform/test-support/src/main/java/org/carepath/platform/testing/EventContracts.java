package org.carepath.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;

/**
 * Proves, field by field, that the Java records a service publishes and their JSON Schemas describe one payload,
 * so a renamed, added, retyped or newly optional field fails the build instead of the consumers. A component may
 * be null only when it is marked {@link Nullable}.
 * <p>
 * A schema that describes all of a record's fields must match it exactly: the non-nullable ones required, the others
 * not, nothing else allowed ({@code additionalProperties: false}). A record published as one event type must have
 * such a schema. A record shared by several event types (scheduling's appointment events) may have schemas that
 * describe only some of its nullable fields, as long as between them they describe all; such a schema may require
 * more than the record guarantees, the facts of its own change, and allows the fields it does not describe.
 * <p>
 * A schema's enum may narrow a Java enum to the values the event can carry (milestones exist only for symptom
 * scales), but every value it names must be a constant of the Java enum: a renamed constant fails.
 */
public final class EventContracts {

    private EventContracts() {
    }

    /**
     * Checks each record against the schemas of the types it is published as, and that these are all the schemas
     * of the given families (the file prefix, such as {@code outcomes.}), so no event goes unchecked.
     */
    public static void assertMatch(Map<Class<? extends Record>, List<String>> published, String... families) {
        List<String> problems = new ArrayList<>();
        published.forEach((type, eventTypes) -> problems.addAll(mismatches(type, eventTypes)));
        Set<String> covered = published.values().stream().flatMap(List::stream).map(EventSchemas::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> owned = schemaNames(families);
        owned.stream().filter(name -> !covered.contains(name))
                .forEach(name -> problems.add(name + ": no Java type is checked against this schema"));
        covered.stream().filter(name -> !owned.contains(name))
                .forEach(name -> problems.add(name + ": no such schema in " + EventSchemas.directory()));
        if (!problems.isEmpty()) {
            throw new AssertionError("event types and their JSON Schemas differ:\n  " + String.join("\n  ", problems));
        }
    }

    /** How the record differs from the schemas of the event types it is published as. */
    static List<String> mismatches(Class<? extends Record> type, List<String> eventTypes) {
        List<String> problems = new ArrayList<>();
        Set<String> documented = new TreeSet<>();
        for (String eventType : eventTypes) {
            JsonNode schema = EventSchemas.document(eventType).orElse(null);
            if (schema == null) {
                problems.add(eventType + ": no JSON Schema");
                continue;
            }
            Set<String> properties = fieldNames(schema.path("properties"));
            documented.addAll(properties);
            compareObject(eventType, type, schema, eventTypes.size() == 1 || properties.equals(componentNames(type)),
                    problems);
        }
        componentNames(type).stream().filter(c -> !documented.contains(c))
                .forEach(c -> problems.add(eventTypes + ": " + type.getSimpleName() + "." + c + " is in no schema"));
        return problems;
    }

    private static void compareObject(String where, Class<?> type, JsonNode schema, boolean exact,
            List<String> problems) {
        if (!type.isRecord()) {
            problems.add(where + ": " + type.getSimpleName() + " is not a record");
            return;
        }
        JsonNode properties = schema.path("properties");
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        boolean nullsOmitted = omitsNulls(type);
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            boolean nullable = component.isAnnotationPresent(Nullable.class);
            JsonNode property = properties.get(name);
            if (property == null) {
                if (exact || !nullable) {
                    problems.add(where + ": " + type.getSimpleName() + "." + name + " is not in the schema");
                }
                continue;
            }
            if (!nullable && !required.contains(name)) {
                problems.add(where + "." + name + ": never null, so it must be required");
            }
            if (nullable && exact && required.contains(name)) {
                problems.add(where + "." + name + ": may be null (@Nullable), so it cannot be required");
            }
            compareValue(where + "." + name, component.getGenericType(), property, nullable,
                    nullable && !nullsOmitted, problems);
        }
        Set<String> components = componentNames(type);
        fieldNames(properties).stream().filter(name -> !components.contains(name))
                .forEach(name -> problems.add(where + "." + name + ": " + type.getSimpleName() + " has no such field"));
        required.stream().filter(name -> !properties.has(name))
                .forEach(name -> problems.add(where + ": requires " + name + " but does not describe it"));
        if (exact && !BooleanNode.FALSE.equals(schema.get("additionalProperties"))) {
            problems.add(where + ": " + type.getSimpleName()
                    + " has exactly these fields, so the schema must say additionalProperties: false");
        }
    }

    private static void compareValue(String where, Type javaType, JsonNode schema, boolean nullable,
            boolean writtenAsNull, List<String> problems) {
        Class<?> raw = raw(javaType);
        String expected = jsonType(raw);
        Set<String> types = new TreeSet<>();
        if (schema.path("type").isArray()) {
            schema.path("type").forEach(t -> types.add(t.asText()));
        } else if (schema.path("type").isTextual()) {
            types.add(schema.path("type").asText());
        }
        boolean allowsNull = types.remove("null");
        if (expected == null) {
            problems.add(where + ": no JSON type for Java " + javaType.getTypeName());
            return;
        }
        if (!types.equals(Set.of(expected)) && !(expected.equals("integer") && types.equals(Set.of("number")))) {
            problems.add(where + ": Java " + raw.getSimpleName() + " is " + expected + ", the schema says " + types);
        }
        if (allowsNull && !nullable) {
            problems.add(where + ": the schema allows null, the Java field is never null");
        }
        if (writtenAsNull && !allowsNull) {
            problems.add(where + ": written as null when absent (@Nullable), the schema must allow null");
        }
        String format = format(raw);
        if (format != null && !format.equals(schema.path("format").asText(null))) {
            problems.add(where + ": Java " + raw.getSimpleName() + " needs format " + format + ", the schema says "
                    + schema.path("format").asText(null));
        }
        if (raw.isEnum() && schema.has("enum")) {
            Set<String> constants = Stream.of(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> unknown = new TreeSet<>();
            // A null in the enum is the nullable field's absence, not a constant.
            schema.path("enum").forEach(value -> {
                if (!value.isNull()) {
                    unknown.add(value.asText());
                }
            });
            unknown.removeAll(constants);
            if (!unknown.isEmpty()) {
                problems.add(where + ": the schema's enum has " + unknown + ", Java " + raw.getSimpleName() + " has "
                        + constants);
            }
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) javaType).getActualTypeArguments()[0];
            compareValue(where + "[]", element, schema.path("items"), false, false, problems);
        } else if (raw.isRecord()) {
            compareObject(where, raw, schema, true, problems);
        }
    }

    private static String jsonType(Class<?> raw) {
        if (raw == String.class || raw == UUID.class || raw == OffsetDateTime.class || raw == Instant.class
                || raw == LocalDate.class || raw.isEnum()) {
            return "string";
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return "integer";
        }
        if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            return "number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return "array";
        }
        return raw.isRecord() ? "object" : null;
    }

    /** The format Jackson's writing of the type always meets, which the schema must state. */
    private static String format(Class<?> raw) {
        if (raw == UUID.class) {
            return "uuid";
        }
        if (raw == OffsetDateTime.class || raw == Instant.class) {
            return "date-time";
        }
        return raw == LocalDate.class ? "date" : null;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
    }

    private static boolean omitsNulls(Class<?> type) {
        JsonInclude include = type.getAnnotation(JsonInclude.class);
        return include != null && include.value() == JsonInclude.Include.NON_NULL;
    }

    private static Set<String> componentNames(Class<?> type) {
        return Stream.of(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> schemaNames(String... families) {
        try (Stream<Path> files = Files.list(EventSchemas.directory())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .filter(name -> Stream.of(families).anyMatch(name::startsWith))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
