package vn.dangbo.api.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Unexpected failures inside the EJB layer arrive wrapped. A refused role becomes 403, a lost race
 * on the same dossier 409, a database out of reach 503 with Retry-After; anything else is a 500 with the
 * details in the log, not in the answer.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

    @Inject
    Problems problems;

    @Inject
    DatabaseOutage outage;

    @Override
    public Response toResponse(EJBException e) {
        if (e instanceof EJBAccessException) {
            return problems.response(403, "NotAllowed", problems.message("access.denied"), null);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return problems.response(409, "StaleDossier", problems.message("member.stale"), null);
            }
        }
        if (DatabaseOutage.causedBy(e)) {
            outage.lost(e);
            return outage.response(problems);
        }
        LOG.log(Level.SEVERE, "Unexpected failure", e);
        return problems.response(500, "ServerError", problems.message("server.error"), null);
    }
}
