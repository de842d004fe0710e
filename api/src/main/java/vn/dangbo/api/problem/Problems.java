package vn.dangbo.api.problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import vn.dangbo.records.shared.Messages;

/** Builds problem+json responses in the caller's language (Accept-Language; Vietnamese by default). */
@RequestScoped
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Context
    HttpHeaders headers;

    public Locale locale() {
        try {
            List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
            return Messages.supported(accepted.isEmpty() ? null : accepted.get(0));
        } catch (RuntimeException e) {
            return Messages.VIETNAMESE;
        }
    }

    public String message(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }

    public Response response(int status, String type, String detail, List<Problem.FieldError> errors) {
        Problem body = new Problem("urn:ward:problem:" + type, message("title." + status), status, detail,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }
}
