package vn.dangbo.api.problem;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Bean Validation on request records: every refused field, named as in the JSON body. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(this::fieldError)
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        return problems.response(400, "InvalidInput", problems.message("input.invalid"), errors);
    }

    /** Our own sentences for the few constraints request records use, in the caller's language. */
    private Problem.FieldError fieldError(ConstraintViolation<?> v) {
        var attributes = v.getConstraintDescriptor().getAttributes();
        String kind = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String key;
        Object arg = null;
        switch (kind) {
            case "NotNull", "NotBlank", "NotEmpty" -> key = "field.required";
            case "Size" -> {
                key = "field.tooLong";
                arg = attributes.get("max");
            }
            default -> key = "field.invalid";
        }
        return new Problem.FieldError(field(v), key, arg == null ? problems.message(key) : problems.message(key, arg));
    }

    /** "create.arg0.name" → "name": the path's last node is the field the client sent. */
    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
