package vn.dangbo.api.problem;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Logger;

/** Unreadable JSON is the client's mistake (400, without the parser's internals); everything else unforeseen is ours (500, logged). */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Inject
    Problems problems;

    @Inject
    DatabaseOutage outage;

    @Override
    public Response toResponse(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                // The parser's own words name Java classes: say which field, in the caller's language.
                String property = property(e);
                return problems.response(400, "MalformedRequest", problems.message("request.unreadable"),
                        property == null ? null : List.of(new Problem.FieldError(property, "field.wrongType",
                                problems.message("field.wrongType"))));
            }
        }
        if (DatabaseOutage.causedBy(e)) {
            outage.lost(e);
            return outage.response(problems);
        }
        LOG.log(Level.SEVERE, "Unexpected failure", e);
        return problems.response(500, "ServerError", problems.message("server.error"), null);
    }

    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]{1,64})'");

    /** The first property JSON-B names in its explanation (outermost first), if any. */
    private static String property(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
