package org.carepath.platform.problem;

import java.util.List;

/**
 * A failure the client caused or must handle, answered as problem+json. The detail must not contain
 * patient data: it is shown to the caller and may be logged.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String code;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String code, String detail) {
        this(type, code, detail, List.of());
    }

    public ProblemException(ProblemType type, String code, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public String code() {
        return code;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public static ProblemException notFound(String resourceType) {
        return new ProblemException(ProblemType.NOT_FOUND, resourceType.toLowerCase() + "-not-found",
                resourceType + " not found");
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(ProblemType.CONFLICT, code, detail);
    }

    public static ProblemException unprocessable(String code, String detail) {
        return new ProblemException(ProblemType.UNPROCESSABLE, code, detail);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, "invalid-fields", "1 invalid field",
                List.of(new Problem.FieldError(field, message)));
    }
}
