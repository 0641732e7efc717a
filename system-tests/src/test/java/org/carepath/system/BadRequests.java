package org.carepath.system;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Invalid requests for one operation of an OpenAPI 3.1 document, each derived from a body that is as valid as the
 * schema can make it (real ids where the property names one), so that every variant breaks exactly one rule of the
 * contract: a property of the wrong JSON type, a required property missing, a number out of range (or negative or
 * huge), a string of 100 000 characters or holding text PostgreSQL cannot store (U+0000, an unpaired UTF-16
 * surrogate), an unknown enum value or field, too few, too many or duplicate items, a key given twice, malformed JSON
 * or bytes that are not UTF-8, another JSON type or a body over the size limit, a wrong Content-Type or no body at
 * all. Nested objects and the objects in arrays are varied too.
 */
final class BadRequests {

    /**
     * One invalid request: what is wrong with it, and what is sent. A null body sends no body at all. {@code field},
     * when not null, is the one field the answer must name: a 400 whose errors list it.
     */
    record Variant(String label, String contentType, byte[] body, String field) {

        Variant(String label, String contentType, byte[] body) {
            this(label, contentType, body, null);
        }

        static Variant json(String label, JsonNode body) {
            return text(label, "application/json", body.toString());
        }

        static Variant text(String label, String contentType, String body) {
            return new Variant(label, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        }

        /** JSON text whose answer must be a 400 naming {@code field}. */
        static Variant naming(String field, String label, String body) {
            return new Variant(label, JSON, body.getBytes(StandardCharsets.UTF_8), field);
        }
    }

    static final String JSON = "application/json";
    static final String LONG_STRING = "x".repeat(100_000);
    /** Stands for an unpaired surrogate until the body is written: Jackson would write the character itself. */
    private static final String LONE_SURROGATE = "LONE-SURROGATE";
    /** Over quarkus.http.limits.max-body-size (10 MB by default), which the gateway and the services keep. */
    static final int OVERSIZE_BYTES = 10 * 1024 * 1024 + 1024;
    private static final int MAX_DEPTH = 2;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode schemas;
    private final Map<String, JsonNode> validValues;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);

    /**
     * {@code validValues} gives, by component schema name, property values that make an instance valid where the
     * schema alone cannot tell (one of two optional doses, the vitals a session needs); they overlay the generated one.
     */
    BadRequests(JsonNode document, Map<String, JsonNode> validValues) {
        this.schemas = document.path("components").path("schemas");
        this.validValues = validValues;
    }

    /**
     * The invalid requests for a JSON request body. {@code ids} maps property names such as {@code patientId} to
     * real ids, so the body is otherwise acceptable and each variant fails only on what it breaks.
     */
    List<Variant> forBody(JsonNode schema, boolean required, Map<String, String> ids) {
        JsonNode base = sample(null, schema, ids, 0);
        List<Variant> variants = new ArrayList<>();
        if (base instanceof ObjectNode object) {
            vary(schema, object, List.of(), "", ids, 0, variants);
        }
        String text = base.toString();
        if (base instanceof ObjectNode object && object.size() > 0) {
            Map.Entry<String, JsonNode> first = object.properties().iterator().next();
            variants.add(Variant.naming(first.getKey(), "key " + first.getKey() + " given twice", "{"
                    + NODES.textNode(first.getKey()) + ":" + first.getValue() + "," + text.substring(1)));
        }
        variants.add(Variant.text("truncated JSON", JSON, text.substring(0, text.length() / 2)));
        variants.add(new Variant("bytes that are not UTF-8 in a string", JSON, notUtf8()));
        variants.add(new Variant("a body over the 10 MB limit", JSON, oversize()));
        variants.add(Variant.text("a JSON number instead of an object", JSON, "42"));
        variants.add(Variant.text("Content-Type application/x-www-form-urlencoded", "application/x-www-form-urlencoded",
                "note=x"));
        variants.add(Variant.text("not JSON at all", JSON, "this is not JSON"));
        variants.add(Variant.text("text after the JSON document", JSON, text + " {\"again\":1}"));
        variants.add(Variant.text("a JSON array instead of an object", JSON, "[" + text + "]"));
        variants.add(Variant.text("a JSON string instead of an object", JSON, "\"" + text.replace("\"", "'") + "\""));
        variants.add(Variant.text("Content-Type text/plain", "text/plain", text));
        variants.add(Variant.text("Content-Type application/xml", "application/xml", "<body><name>x</name></body>"));
        if (required) {
            variants.add(Variant.text("JSON null instead of the required body", JSON, "null"));
            variants.add(Variant.text("empty body", JSON, ""));
            variants.add(Variant.text("no body and no Content-Type", null, null));
        }
        return variants;
    }

    /** For an operation without a body: what a confused client might still send. */
    List<Variant> forNoBody() {
        return List.of(Variant.text("not JSON at all", JSON, "this is not JSON"),
                Variant.text("truncated JSON", JSON, "{\"note\":"),
                Variant.text("Content-Type text/plain", "text/plain", "hello"),
                Variant.text("Content-Type application/xml", "application/xml", "<body/>"),
                Variant.text("empty body", JSON, ""),
                new Variant("a body over the 10 MB limit", JSON, oversize()));
    }

    /** A JSON object whose one string holds the byte 0xFF, which UTF-8 never uses. */
    private static byte[] notUtf8() {
        byte[] body = "{\"notUtf8\":\"a?b\"}".getBytes(StandardCharsets.UTF_8);
        body[body.length - 4] = (byte) 0xFF;
        return body;
    }

    /** Valid JSON, only too large: one long string. */
    private static byte[] oversize() {
        byte[] body = new byte[OVERSIZE_BYTES];
        Arrays.fill(body, (byte) 'x');
        byte[] open = "{\"note\":\"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(open, 0, body, 0, open.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }

    /** A value the schema allows, preferring real ids and the document's own examples. */
    JsonNode sample(String name, JsonNode rawSchema, Map<String, String> ids, int depth) {
        JsonNode schema = resolve(rawSchema);
        String type = type(schema);
        if (name != null && ids.containsKey(name) && "string".equals(type)) {
            return NODES.textNode(ids.get(name));
        }
        JsonNode example = schema.path("examples").path(0);
        if (schema.has("enum")) {
            for (JsonNode value : schema.get("enum")) {
                if (value.equals(example)) {
                    return example;
                }
            }
            return schema.get("enum").get(0);
        }
        switch (type) {
            case "string" -> {
                return switch (schema.path("format").asText()) {
                    case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                    case "date-time" -> NODES.textNode(dateTime(name).toString());
                    case "date" -> example.isTextual() ? example : NODES.textNode(LocalDate.now().toString());
                    case "local-time" -> NODES.textNode("09:00");
                    default -> example.isTextual() ? example : NODES.textNode("text");
                };
            }
            case "integer", "number" -> {
                if (example.isNumber()) {
                    return example;
                }
                if (schema.has("minimum")) {
                    return schema.get("minimum");
                }
                return schema.has("exclusiveMinimum") ? NODES.numberNode(schema.get("exclusiveMinimum").asInt() + 1)
                        : NODES.numberNode(1);
            }
            case "boolean" -> {
                return example.isBoolean() ? example : NODES.booleanNode(false);
            }
            case "array" -> {
                if (example.isArray()) {
                    return example;
                }
                ArrayNode array = NODES.arrayNode();
                if (schema.path("minItems").asInt() > 0 && depth < 4) {
                    array.add(sample(null, schema.path("items"), ids, depth + 1));
                }
                return array;
            }
            case "object" -> {
                // The required properties, and the optional ones that name a real resource (a staff member's
                // assessment needs its patientId).
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    List<String> required = new ArrayList<>();
                    schema.path("required").forEach(field -> required.add(field.asText()));
                    schema.path("properties").properties().forEach(property -> {
                        if (required.contains(property.getKey()) || ids.containsKey(property.getKey())) {
                            object.set(property.getKey(), sample(property.getKey(), property.getValue(), ids, depth + 1));
                        }
                    });
                }
                String component = componentName(rawSchema);
                JsonNode known = component == null ? null : validValues.get(component);
                if (known != null) {
                    object.setAll((ObjectNode) known.deepCopy());
                }
                return object;
            }
            default -> {
                return NODES.textNode("text");
            }
        }
    }

    /** Past for moments that already happened ({@code signedAt}, {@code takenAt}), ahead for bookings. */
    private OffsetDateTime dateTime(String name) {
        if (name != null && name.endsWith("At")) {
            return now.minusHours(1);
        }
        return "end".equals(name) ? now.plusDays(3).plusHours(1) : now.plusDays(3);
    }

    /** Adds the variants of each property of the object found in {@code root} at {@code at} (names and indexes). */
    private void vary(JsonNode rawSchema, ObjectNode root, List<Object> at, String prefix, Map<String, String> ids,
            int depth, List<Variant> variants) {
        JsonNode schema = resolve(rawSchema);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(field -> required.add(field.asText()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = property.getKey();
            String field = prefix + name;
            JsonNode propertySchema = resolve(property.getValue());
            String type = type(propertySchema);
            if (required.contains(name)) {
                variants.add(Variant.json(field + " missing (required)", with(root, at, name, null)));
            }
            for (JsonNode wrong : wrongTypes(type)) {
                variants.add(Variant.json(field + " as JSON " + kind(wrong) + " instead of " + type,
                        with(root, at, name, wrong)));
            }
            switch (type) {
                case "integer", "number" -> {
                    for (Map.Entry<String, JsonNode> bad : outOfRange(propertySchema).entrySet()) {
                        variants.add(Variant.json(field + " " + bad.getKey(), with(root, at, name, bad.getValue())));
                    }
                }
                case "string" -> {
                    if (propertySchema.has("enum")) {
                        variants.add(Variant.json(field + " not one of its enum values",
                                with(root, at, name, NODES.textNode("NOT_A_VALUE"))));
                    } else {
                        variants.add(Variant.json(field + " of 100 000 characters",
                                with(root, at, name, NODES.textNode(LONG_STRING))));
                        variants.add(Variant.naming(field, field + " containing U+0000",
                                with(root, at, name, NODES.textNode("a\u0000b")).toString()));
                        variants.add(Variant.naming(field, field + " with an unpaired UTF-16 surrogate",
                                with(root, at, name, NODES.textNode(LONE_SURROGATE)).toString()
                                        .replace(LONE_SURROGATE, "\\ud800")));
                        for (String text : List.of("", "   ")) {
                            if (violates(propertySchema, text)) {
                                variants.add(Variant.json(field + (text.isEmpty() ? " empty" : " blank"),
                                        with(root, at, name, NODES.textNode(text))));
                            }
                        }
                    }
                }
                case "array" -> varyArray(root, at, name, field, propertySchema, ids, depth, variants);
                case "object" -> {
                    JsonNode values = resolve(propertySchema.path("additionalProperties"));
                    if (values.has("enum")) {
                        ObjectNode map = NODES.objectNode();
                        map.put("NOT_A_KEY", "NOT_A_VALUE");
                        variants.add(Variant.json(field + " with a value not one of its enum values",
                                with(root, at, name, map)));
                    }
                    if (propertySchema.has("properties") && depth < MAX_DEPTH) {
                        ObjectNode copy = root.deepCopy();
                        ObjectNode parent = at(copy, at);
                        if (!(parent.get(name) instanceof ObjectNode)) {
                            parent.set(name, sample(name, propertySchema, ids, depth + 1));
                        }
                        vary(propertySchema, copy, append(at, name), field + ".", ids, depth + 1, variants);
                    }
                }
                default -> {
                }
            }
        }
        variants.add(Variant.json(prefix + "notAField (an unknown field)",
                with(root, at, "notAField", NODES.numberNode(1))));
    }

    private void varyArray(ObjectNode root, List<Object> at, String name, String field, JsonNode schema,
            Map<String, String> ids, int depth, List<Variant> variants) {
        JsonNode items = resolve(schema.path("items"));
        JsonNode item = sample(null, items, ids, depth + 1);
        int minItems = schema.path("minItems").asInt(0);
        if (minItems > 0) {
            variants.add(Variant.json(field + " with fewer than " + minItems + " items",
                    with(root, at, name, repeat(item, minItems - 1))));
        }
        if (schema.has("maxItems")) {
            int maxItems = schema.get("maxItems").asInt();
            variants.add(Variant.json(field + " with more than " + maxItems + " items",
                    with(root, at, name, repeat(item, maxItems + 1))));
        } else if (schema.path("uniqueItems").asBoolean()) {
            variants.add(Variant.json(field + " with a duplicate item (uniqueItems)", with(root, at, name,
                    repeat(item, Math.max(2, minItems + 1)))));
        }
        String itemType = type(items);
        for (JsonNode wrong : wrongTypes(itemType)) {
            variants.add(Variant.json(field + "[0] as JSON " + kind(wrong) + " instead of " + itemType,
                    with(root, at, name, withFirst(item, wrong, minItems))));
        }
        if (items.has("enum")) {
            variants.add(Variant.json(field + "[0] not one of its enum values",
                    with(root, at, name, withFirst(item, NODES.textNode("NOT_A_VALUE"), minItems))));
        }
        if ("integer".equals(itemType) || "number".equals(itemType)) {
            for (Map.Entry<String, JsonNode> bad : outOfRange(items).entrySet()) {
                variants.add(Variant.json(field + "[0] " + bad.getKey(),
                        with(root, at, name, withFirst(item, bad.getValue(), minItems))));
            }
        }
        if ("object".equals(itemType) && items.has("properties") && depth < MAX_DEPTH) {
            ObjectNode copy = root.deepCopy();
            at(copy, at).set(name, withFirst(item, item.deepCopy(), minItems));
            vary(items, copy, append(append(at, name), 0), field + "[0].", ids, depth + 1, variants);
        }
    }

    /** A copy of the whole body with one property of the object at {@code at} set, or removed when null. */
    private static JsonNode with(ObjectNode root, List<Object> at, String name, JsonNode value) {
        ObjectNode copy = root.deepCopy();
        ObjectNode target = at(copy, at);
        if (value == null) {
            target.remove(name);
        } else {
            target.set(name, value);
        }
        return copy;
    }

    private static ObjectNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return (ObjectNode) node;
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    private static ArrayNode repeat(JsonNode item, int times) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < times; i++) {
            array.add(item.deepCopy());
        }
        return array;
    }

    /** An array whose first item is {@code first}, padded with valid items to the minimum. */
    private static ArrayNode withFirst(JsonNode item, JsonNode first, int minItems) {
        ArrayNode array = NODES.arrayNode();
        array.add(first);
        for (int i = 1; i < minItems; i++) {
            array.add(item.deepCopy());
        }
        return array;
    }

    /** Values of another JSON type: text for non-strings, and every other type for strings. */
    private static List<JsonNode> wrongTypes(String type) {
        ObjectNode object = NODES.objectNode();
        object.put("value", 1);
        ArrayNode array = NODES.arrayNode().add("x");
        return switch (type) {
            case "string" -> List.of(NODES.numberNode(12345), NODES.booleanNode(true), object, array);
            case "integer" -> List.of(NODES.textNode("12"), NODES.numberNode(1.5), NODES.booleanNode(true));
            case "number" -> List.of(NODES.textNode("1.5"), NODES.booleanNode(false));
            case "boolean" -> List.of(NODES.textNode("yes"), NODES.numberNode(1));
            case "array" -> List.of(NODES.textNode("x"), object);
            case "object" -> List.of(NODES.textNode("x"), array);
            default -> List.of();
        };
    }

    /** Beyond the stated minimum and maximum, and negative and huge numbers whatever the schema says. */
    private static Map<String, JsonNode> outOfRange(JsonNode schema) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (schema.has("minimum")) {
            values.put("below its minimum " + schema.get("minimum"),
                    NODES.numberNode(schema.get("minimum").decimalValue().subtract(BigDecimal.ONE)));
        }
        if (schema.has("exclusiveMinimum")) {
            values.put("at its exclusive minimum " + schema.get("exclusiveMinimum"), schema.get("exclusiveMinimum"));
        }
        if (schema.has("maximum")) {
            values.put("above its maximum " + schema.get("maximum"),
                    NODES.numberNode(schema.get("maximum").decimalValue().add(BigDecimal.ONE)));
        }
        values.put("negative", NODES.numberNode(-1));
        values.put("huge (10^20)", NODES.numberNode(BigInteger.TEN.pow(20)));
        values.put("beyond any double (1e400)", NODES.numberNode(new BigDecimal("1e400")));
        return values;
    }

    /** Whether a string breaks the schema's minLength or pattern (unanchored, as JSON Schema reads it). */
    private static boolean violates(JsonNode schema, String text) {
        return text.length() < schema.path("minLength").asInt(0)
                || schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find();
    }

    private static String kind(JsonNode value) {
        return value.isTextual() ? "string" : value.isBoolean() ? "boolean" : value.isObject() ? "object"
                : value.isArray() ? "array" : value.isIntegralNumber() ? "integer" : "number";
    }

    /** The schema with its {@code $ref}s followed; the referenced schema's type information wins. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 10; hops++) {
            String name = current.get("$ref").asText().replace("#/components/schemas/", "");
            JsonNode target = schemas.path(name);
            ObjectNode merged = ((ObjectNode) current).deepCopy();
            merged.remove("$ref");
            target.properties().forEach(entry -> {
                if (!merged.has(entry.getKey()) || List.of("type", "enum", "format", "properties", "required",
                        "items", "pattern", "$ref").contains(entry.getKey())) {
                    merged.set(entry.getKey(), entry.getValue());
                }
            });
            current = merged;
        }
        return current == null ? NODES.objectNode() : current;
    }

    /** The name of the component schema a schema refers to, following references; null for an inline schema. */
    private String componentName(JsonNode schema) {
        String name = null;
        for (JsonNode current = schema; current != null && current.has("$ref");) {
            name = current.get("$ref").asText().replace("#/components/schemas/", "");
            current = schemas.get(name);
        }
        return name;
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!"null".equals(option.asText())) {
                    return option.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") || schema.has("additionalProperties") ? "object"
                : schema.has("enum") ? "string" : schema.has("items") ? "array" : "unknown";
    }
}
