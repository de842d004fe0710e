package vn.dangbo.api.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method, unreadable body …) as problem+json too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    Problems problems;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String key;
        if (e instanceof NotFoundException) {
            key = "request.notFound";
        } else if (e instanceof NotAllowedException) {
            key = "request.notAllowedMethod";
        } else if (e instanceof NotSupportedException) {
            key = "request.unsupportedMediaType";
        } else if (e instanceof NotAuthorizedException) {
            key = "access.signInRequired";
        } else if (status == 403) {
            key = "access.denied";
        } else if (status >= 500) {
            key = "server.error";
        } else {
            key = null;
        }
        // The framework's own explanation names Java types and parser states: not for the caller.
        String detail = problems.message(key != null ? key : "request.unreadable");
        return problems.response(status, "Http" + status, detail, null);
    }
}
