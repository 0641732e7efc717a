package org.carepath.gateway.openapi;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.carepath.platform.problem.ProblemType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The answers the gateway itself may give to any secured operation, whichever service owns it: no or a bad
 * token, a role the route does not allow, the client's rate limit, and an upstream that is down or silent. The
 * services cannot document these (they never see such requests), so the merged contract adds them.
 */
final class GatewayResponses {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String SCHEMES = "#/components/responses/";

    private GatewayResponses() {
    }

    /** The shared response components, by name. */
    static Map<String, JsonNode> all() {
        Map<String, JsonNode> responses = new LinkedHashMap<>();
        responses.put("Unauthorized", problem("No bearer token, or one that is expired, not yet valid, from another"
                + " issuer or audience, or not signed by a trusted key", ProblemType.UNAUTHORIZED, "token-required",
                "A bearer token is required", false));
        responses.put("Forbidden", problem("The token's roles may not use this operation, or it is about another"
                + " patient than the token's", ProblemType.FORBIDDEN, "role-not-allowed",
                "This token's roles may not use /v1/analytics", false));
        responses.put("RateLimited", problem("The client (the token's clinic, or its patient for patient tokens) has"
                + " used its requests for now; retry after Retry-After seconds", ProblemType.TOO_MANY_REQUESTS,
                "rate-limited", "More than 120 requests a minute for this patient", true));
        responses.put("ServiceUnavailable", problem("The service behind this path is down or its circuit is open"
                + " (code upstream-unavailable), or it cannot reach its database (database-unavailable); nothing was"
                + " changed", ProblemType.SERVICE_UNAVAILABLE, "upstream-unavailable",
                "The scheduling service is unavailable", true));
        responses.put("GatewayTimeout", problem("The service behind this path did not answer in time; a write may or"
                + " may not have happened, so retry with the same Idempotency-Key", ProblemType.GATEWAY_TIMEOUT,
                "upstream-timeout", "The outcomes service did not answer in time", false));
        return responses;
    }

    /** The path item with the gateway's responses on each secured operation (its own 403 is kept if it has one). */
    static JsonNode addTo(JsonNode pathItem) {
        for (Iterator<Map.Entry<String, JsonNode>> it = pathItem.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> operation = it.next();
            JsonNode security = operation.getValue().path("security");
            if (!operation.getValue().isObject() || !security.isArray() || security.isEmpty()) {
                continue;
            }
            ObjectNode responses = ((ObjectNode) operation.getValue()).with("responses");
            responses.set("401", ref("Unauthorized"));
            if (!responses.path("403").has("content") && !responses.path("403").has("$ref")) {
                responses.set("403", ref("Forbidden"));
            }
            responses.set("429", ref("RateLimited"));
            responses.set("503", ref("ServiceUnavailable"));
            responses.set("504", ref("GatewayTimeout"));
        }
        return pathItem;
    }

    /** The bearer scheme, described for integrators: where tokens come from and which claims count. */
    static JsonNode describeBearer(JsonNode scheme) {
        ((ObjectNode) scheme).put("description", "An RS256 JWT from the deployment's OIDC issuer (locally: the key"
                + " the launcher writes; see the README). Checked: signature, iss, aud, exp and nbf with 30 s of"
                + " clock skew, and a lifetime of at most an hour. groups holds the roles (clinic-staff, clinician,"
                + " prescriber, admin, patient, analytics); clinic_id scopes staff and analytics tokens, patient_id"
                + " a patient token.");
        return scheme;
    }

    private static ObjectNode ref(String name) {
        return JSON.objectNode().put("$ref", SCHEMES + name);
    }

    private static ObjectNode problem(String description, ProblemType type, String code, String detail,
            boolean retryAfter) {
        ObjectNode response = JSON.objectNode().put("description", description);
        if (retryAfter) {
            response.putObject("headers").putObject("Retry-After").put("description", "Seconds to wait")
                    .putObject("schema").put("type", "integer");
        }
        ObjectNode media = response.putObject("content").putObject("application/problem+json");
        media.putObject("schema").put("$ref", "#/components/schemas/Problem");
        media.putObject("example").put("type", type.uri()).put("title", type.title()).put("status", type.status())
                .put("code", code).put("detail", detail);
        return response;
    }
}
