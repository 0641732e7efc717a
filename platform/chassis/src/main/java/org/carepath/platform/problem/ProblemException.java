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
        return invalidFields(List.of(new Problem.FieldError(field, message)));
    }

    /** Every field at fault at once, so that a client fixes its request in one round. */
    public static ProblemException invalidFields(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, "invalid-fields",
                errors.size() == 1 ? "1 invalid field" : errors.size() + " invalid fields", errors);
    }
}
