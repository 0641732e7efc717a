package org.carepath.platform.testing.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

/**
 * An OpenAPI 3.1 document as a judge of HTTP answers: an answer breaks the contract when its operation is not
 * documented, its status is not listed for the operation, its media type is not one the status declares, or its
 * JSON body does not validate against the declared schema (OpenAPI 3.1's JSON Schema dialect, by networknt's
 * validator). Requests are not judged: tests send bad input on purpose.
 */
public final class OpenApiContract {

    /** The document is registered under this address so that its own {@code #/components/...} refs resolve. */
    private static final String DOCUMENT_URI = "https://contract.carepath.test/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<PathTemplate> templates = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(JsonNode document) {
        this.document = document;
        String text;
        try {
            text = JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the contract is not JSON", e);
        }
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT_URI, text)));
        document.path("paths").fieldNames().forEachRemaining(path -> templates.add(new PathTemplate(path)));
        // "/v1/patients/search" must win over "/v1/patients/{id}": more literal segments first.
        templates.sort(Comparator.comparingInt(PathTemplate::literals).reversed());
    }

    public static OpenApiContract of(JsonNode document) {
        return new OpenApiContract(document);
    }

    /** Whether the document describes any operation (the gateway's own {@code /q/openapi} describes none). */
    public boolean hasPaths() {
        return document.path("paths").size() > 0;
    }

    /**
     * What in one answer the contract does not allow, each as a sentence; empty when the answer conforms.
     *
     * @param rawPath the request's path as sent (percent-encoded, without the query)
     * @param contentType the answer's {@code Content-Type}, or null
     * @param body the answer's body, empty when it has none
     */
    public List<String> violations(String method, String rawPath, int status, String contentType, String body) {
        String operationName = method.toUpperCase(Locale.ROOT) + " " + rawPath;
        PathTemplate template = templates.stream().filter(t -> t.matches(rawPath)).findFirst().orElse(null);
        String verb = method.toLowerCase(Locale.ROOT);
        if (template == null || !METHODS.contains(verb) || !document.path("paths").path(template.path()).has(verb)) {
            // A route the services do not have answers 404 or 405 from the framework; nothing else is allowed.
            return status == 404 || status == 405 ? List.of()
                    : List.of(operationName + " is not an operation of the contract, yet answered " + status);
        }
        String operation = "/paths/" + escape(template.path()) + "/" + verb;
        operationName = verb.toUpperCase(Locale.ROOT) + " " + template.path();
        String responsePointer = responseOf(operation + "/responses", status);
        if (responsePointer == null) {
            return List.of(operationName + " answered " + status + ", a status its contract does not list");
        }
        // A response given by reference (#/components/responses/...) is judged by what it refers to.
        JsonNode response = document.at(responsePointer);
        while (response.has("$ref")) {
            responsePointer = response.get("$ref").asText().substring(1);
            response = document.at(responsePointer);
        }
        JsonNode content = response.path("content");
        boolean hasBody = body != null && !body.isEmpty();
        if (content.isMissingNode() || content.isEmpty()) {
            return hasBody ? List.of(operationName + " " + status + " has a body, where the contract declares none")
                    : List.of();
        }
        if (!hasBody) {
            return "head".equals(verb) ? List.of()
                    : List.of(operationName + " " + status + " has no body, where the contract declares "
                            + fieldNames(content));
        }
        String mediaType = mediaType(contentType);
        String declared = declaredMediaType(content, mediaType);
        if (declared == null) {
            return List.of(operationName + " " + status + " answered " + contentType + ", where the contract declares "
                    + fieldNames(content));
        }
        if (!isJson(mediaType) || !content.path(declared).has("schema")) {
            return List.of();
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return List.of(operationName + " " + status + " is declared " + mediaType + " but its body is not JSON");
        }
        String schemaPointer = responsePointer + "/content/" + escape(declared) + "/schema";
        List<String> found = new ArrayList<>();
        for (Error error : schema(schemaPointer).validate(instance)) {
            found.add(operationName + " " + status + ": " + error.getInstanceLocation() + " " + error.getMessage());
        }
        return found;
    }

    private String responseOf(String responsesPointer, int status) {
        JsonNode responses = document.at(responsesPointer);
        for (String key : List.of(String.valueOf(status), status / 100 + "XX", "default")) {
            if (responses.has(key)) {
                return responsesPointer + "/" + key;
            }
        }
        return null;
    }

    private Schema schema(String pointer) {
        return schemas.computeIfAbsent(pointer,
                p -> registry.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + fragment(p))));
    }

    private static String declaredMediaType(JsonNode content, String mediaType) {
        if (mediaType == null) {
            return null;
        }
        for (String candidate : List.of(mediaType, mediaType.substring(0, mediaType.indexOf('/') + 1) + "*",
                "*/*")) {
            if (content.has(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** RFC 6901: "~" and "/" inside a name. */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON pointer as a URI fragment (RFC 6901 section 6): characters a URI cannot hold are percent-encoded. */
    static String fragment(String pointer) {
        StringBuilder out = new StringBuilder();
        for (char c : pointer.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128 || "/~-._".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", (int) c));
            }
        }
        return out.toString();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    /** One path of the document, as a pattern over raw request paths: each {@code {name}} is one segment. */
    record PathTemplate(String path, Pattern pattern, int literals) {

        private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");

        PathTemplate(String path) {
            this(path, compile(path), (int) Arrays.stream(path.split("/"))
                    .filter(segment -> !segment.isEmpty() && !segment.contains("{")).count());
        }

        private static Pattern compile(String path) {
            StringBuilder regex = new StringBuilder("^");
            Matcher parameter = PARAMETER.matcher(path);
            int last = 0;
            while (parameter.find()) {
                regex.append(Pattern.quote(path.substring(last, parameter.start()))).append("[^/]+");
                last = parameter.end();
            }
            return Pattern.compile(regex.append(Pattern.quote(path.substring(last))).append('$').toString());
        }

        boolean matches(String rawPath) {
            return pattern.matcher(rawPath).matches();
        }
    }
}
