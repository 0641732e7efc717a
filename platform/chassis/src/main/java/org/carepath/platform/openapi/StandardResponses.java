package org.carepath.platform.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import org.carepath.platform.idempotency.IdempotencyFilter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents, on every operation of a service, the refusals the chassis gives whatever the resource: a request it
 * cannot read (400), another clinic's or no such resource (404), a write meeting a concurrent one (409), a body too
 * large or of another media type (413, 415), a stale or missing {@code If-Match} (412, 428) and an
 * {@code Idempotency-Key} reused with another body (422). An operation's own description of a status is kept; only
 * missing ones are added, each as a shared problem+json response naming its stable codes, and every refusal's body
 * is declared problem+json.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardResponses implements OASFilter {

    static final String BAD_REQUEST = "BadRequest";
    static final String NOT_FOUND = "NotFound";
    static final String CONTENT_TOO_LARGE = "ContentTooLarge";
    static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    static final String PRECONDITION_FAILED = "PreconditionFailed";
    static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    static final String IDEMPOTENCY_KEY_REUSED = "IdempotencyKeyReused";
    static final String CONFLICT = "Conflict";

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            BAD_REQUEST, "The request cannot be read: malformed JSON (code malformed-json), an unknown field"
                    + " (unknown-field), or a field or parameter of the wrong type, format or range, with a NUL"
                    + " character or a lone surrogate (invalid-fields); errors names each field at fault. Nothing"
                    + " was changed",
            NOT_FOUND, "No such resource in the caller's clinic (code <resource>-not-found, e.g. patient-not-found);"
                    + " another clinic's resource answers the same, so its existence is never revealed",
            CONTENT_TOO_LARGE, "The body is larger than the service accepts (code content-too-large), answered"
                    + " before the token is read; nothing was changed",
            UNSUPPORTED_MEDIA_TYPE, "The body is not application/json (code unsupported-media-type); nothing was"
                    + " changed",
            PRECONDITION_FAILED, "If-Match names an older version than the current ETag (code stale-version):"
                    + " read the resource again and retry; nothing was changed",
            PRECONDITION_REQUIRED, "If-Match is missing (code if-match-required): updates must name the version"
                    + " they change",
            CONFLICT, "Another request changed the same resource at the same moment (code concurrent-modification),"
                    + " or a request with the same Idempotency-Key is still running (idempotency-key-in-progress):"
                    + " retry; nothing was changed",
            IDEMPOTENCY_KEY_REUSED, "The Idempotency-Key was already used with another body (code"
                    + " idempotency-key-reused); nothing was changed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        DESCRIPTIONS.forEach((name, description) -> components.addResponse(name, problem(description)));
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean identifiesAResource = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                document(operation.getValue(), operation.getKey(), identifiesAResource);
            }
        }
    }

    private static void document(Operation operation, PathItem.HttpMethod method, boolean identifiesAResource) {
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (method == PathItem.HttpMethod.POST) {
            documentIdempotencyKey(operation);
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        // A refusal an operation documents by status alone (the 401 and 403 SmallRye adds, say) is problem+json too.
        Map<String, APIResponse> documented = responses.getAPIResponses() == null ? Map.of()
                : responses.getAPIResponses();
        documented.forEach((status, response) -> {
            if (status.matches("[45]\\d\\d") && response.getRef() == null && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasBody = operation.getRequestBody() != null;
        // Any query string is read, declared or not: a NUL or lone surrogate in it is refused (StorableParameters).
        addIfMissing(responses, "400", BAD_REQUEST);
        // A path's id, a body's patientId or a query's appointmentId may each name what the clinic does not have.
        if (identifiesAResource || hasBody || parameters.stream().anyMatch(p -> p.getName().endsWith("Id"))) {
            addIfMissing(responses, "404", NOT_FOUND);
        }
        // A write without a body of its own is still sent one by some clients: too large, or not JSON, is refused.
        if (writes) {
            addIfMissing(responses, "413", CONTENT_TOO_LARGE);
            addIfMissing(responses, "415", UNSUPPORTED_MEDIA_TYPE);
        }
        // Any write can meet a concurrent one (an optimistic lock or a key still in use).
        if (writes) {
            addIfMissing(responses, "409", CONFLICT);
        }
        if (hasHeader(parameters, "If-Match")) {
            addIfMissing(responses, "412", PRECONDITION_FAILED);
            addIfMissing(responses, "428", PRECONDITION_REQUIRED);
        }
        if (hasHeader(parameters, "Idempotency-Key")) {
            addIfMissing(responses, "422", IDEMPOTENCY_KEY_REUSED);
        }
    }

    /** The chassis' IdempotencyFilter serves every POST, so every POST takes the header. */
    private static void documentIdempotencyKey(Operation operation) {
        if (operation.getParameters() != null && hasHeader(operation.getParameters(), IdempotencyFilter.HEADER)) {
            return;
        }
        operation.addParameter(OASFactory.createParameter().name(IdempotencyFilter.HEADER).in(Parameter.In.HEADER)
                .description("Makes a retry safe: the same key with the same body answers the first answer again"
                        + " without running twice (Idempotent-Replayed: true); with another body, 422. Keys are kept"
                        + " per clinic for a day")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255)
                        .pattern(IdempotencyFilter.KEY_PATTERN)));
    }

    private static boolean hasHeader(List<Parameter> parameters, String name) {
        return parameters.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static void addIfMissing(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType("application/problem+json", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem")));
    }
}
