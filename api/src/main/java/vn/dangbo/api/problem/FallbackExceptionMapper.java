package vn.dangbo.api.problem;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Unreadable JSON is the client's mistake (400); everything else unforeseen is ours (500, logged). */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Inject
    Problems problems;

    @Override
    public Response toResponse(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                String m = t.getMessage() == null ? "JSON" : t.getMessage();
                return problems.response(400, "MalformedRequest",
                        problems.message("request.malformed", m.length() > 300 ? m.substring(0, 300) : m), null);
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure", e);
        return problems.response(500, "ServerError", problems.message("server.error"), null);
    }
}
