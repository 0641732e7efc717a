package org.carepath.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body. {@code code} is a stable machine-readable reason for clients to
 * branch on; {@code errors} names each invalid field. Never carries a stack trace or patient data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(examples = "urn:carepath:problem:validation") String type,
        @Schema(examples = "Invalid request") String title,
        @Schema(examples = "400") int status,
        String detail,
        String instance,
        @Schema(description = "Stable machine-readable reason") String code,
        @Schema(description = "The X-Request-Id of the failed request") String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String code, String detail, String instance, String requestId,
            List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, code, requestId,
                errors == null || errors.isEmpty() ? null : errors);
    }

    /** One invalid field: its JSON path in the request and what is wrong with it. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(examples = "dateOfBirth") String field, String message) {
    }
}
