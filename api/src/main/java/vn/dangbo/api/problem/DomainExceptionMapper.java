package vn.dangbo.api.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import vn.dangbo.records.security.NotAllowed;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.DomainException;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.NotFound;
import vn.dangbo.records.shared.TooLarge;
import vn.dangbo.records.shared.Unavailable;

/** The domain's expected failures, each to its status: 400 invalid, 403 not allowed, 404, 409, 503 unavailable. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(DomainException e) {
        String type = e.getClass().getSimpleName();
        if (e instanceof InvalidInput invalid) {
            return problems.response(400, type, problems.message(e.messageKey()),
                    invalid.problems().stream().map(this::fieldError).toList());
        }
        if (e instanceof InvalidField field) {
            return problems.response(400, type, problems.message("input.invalid"), List.of(fieldError(field)));
        }
        int status = e instanceof NotAllowed ? 403 : e instanceof NotFound ? 404 : e instanceof Conflict ? 409
                : e instanceof TooLarge ? 413 : e instanceof Unavailable ? 503 : 400;
        return problems.response(status, type, problems.message(e.messageKey(), e.args()), null);
    }

    private Problem.FieldError fieldError(InvalidField f) {
        return new Problem.FieldError(f.field(), f.messageKey(), problems.message(f.messageKey(), f.args()));
    }
}
