package org.carepath.gateway.openapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Merges the services' OpenAPI documents into the one contract the gateway publishes. A path served by two
 * services, or a schema name two services define differently, is an error: the contract must be unambiguous, so
 * such a clash is fixed at its source (a distinct {@code @Schema(name)}), never papered over here.
 */
public final class OpenApiMerger {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OpenApiMerger() {
    }

    /** @param services each service's name and document, in any order; the result does not depend on it */
    public static ObjectNode merge(Map<String, JsonNode> services) {
        Map<String, JsonNode> paths = new TreeMap<>();
        Map<String, JsonNode> schemas = new TreeMap<>();
        Map<String, JsonNode> securitySchemes = new TreeMap<>();
        Map<String, JsonNode> responses = new TreeMap<>(GatewayResponses.all());
        Map<String, JsonNode> tags = new TreeMap<>();
        Map<String, String> pathOwners = new TreeMap<>();
        for (Map.Entry<String, JsonNode> service : new TreeMap<>(services).entrySet()) {
            JsonNode document = service.getValue();
            for (Map.Entry<String, JsonNode> path : fields(document.path("paths"))) {
                String owner = pathOwners.putIfAbsent(path.getKey(), service.getKey());
                if (owner != null) {
                    throw new IllegalStateException(path.getKey() + " is served by both " + owner + " and "
                            + service.getKey());
                }
                paths.put(path.getKey(), path.getValue());
            }
            union(schemas, document.path("components").path("schemas"), "schema", service.getKey());
            union(securitySchemes, document.path("components").path("securitySchemes"), "security scheme",
                    service.getKey());
            union(responses, document.path("components").path("responses"), "response", service.getKey());
            for (JsonNode tag : document.path("tags")) {
                tags.putIfAbsent(tag.path("name").asText(), tag);
            }
        }
        ObjectNode merged = JSON.objectNode();
        merged.put("openapi", "3.1.0");
        ObjectNode info = merged.putObject("info");
        info.put("title", "CarePath API");
        info.put("version", "1.0");
        info.put("description", "One contract for partner clinics, the patient app and analytics: intake, scheduling"
                + " and outcomes behind the gateway. Every operation but this document needs a bearer JWT (RS256)"
                + " whose roles and clinic_id (or patient_id) decide what it may see; errors are RFC 9457"
                + " problem+json. Requests are rate limited per clinic or patient (429 with Retry-After).");
        info.putObject("license").put("name", "Apache-2.0").put("identifier", "Apache-2.0");
        info.putObject("contact").put("name", "CarePath maintainers");
        merged.putArray("servers").addObject().put("url", "/").put("description", "The gateway");
        ArrayNode tagList = merged.putArray("tags");
        tags.values().forEach(tagList::add);
        ObjectNode pathNode = merged.putObject("paths");
        paths.forEach((path, item) -> pathNode.set(path, GatewayResponses.addTo(item.deepCopy())));
        ObjectNode components = merged.putObject("components");
        ObjectNode schemaNode = components.putObject("schemas");
        schemas.forEach(schemaNode::set);
        ObjectNode responseNode = components.putObject("responses");
        responses.forEach(responseNode::set);
        ObjectNode securityNode = components.putObject("securitySchemes");
        securitySchemes.forEach((name, scheme) -> securityNode.set(name, "bearer".equals(name)
                ? GatewayResponses.describeBearer(scheme.deepCopy()) : scheme));
        return merged;
    }

    private static void union(Map<String, JsonNode> into, JsonNode definitions, String kind, String service) {
        for (Map.Entry<String, JsonNode> definition : fields(definitions)) {
            JsonNode existing = into.putIfAbsent(definition.getKey(), definition.getValue());
            if (existing != null && !existing.equals(definition.getValue())) {
                throw new IllegalStateException("the " + kind + " " + definition.getKey() + " of " + service
                        + " differs from another service's; give one a distinct name");
            }
        }
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            entries.add(it.next());
        }
        return entries;
    }
}
