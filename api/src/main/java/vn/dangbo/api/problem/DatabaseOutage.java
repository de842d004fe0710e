package vn.dangbo.api.problem;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A failure caused by the database being out of reach (stopped, restarting, the network to it down), told
 * apart from a failure of ours: the client gets 503 with a Retry-After hint instead of 500, and the request
 * fails as soon as the pool cannot reach the database. The pool validates connections before lending them
 * (see DatabaseMigration's data source), so the server recovers by itself once the database answers again.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** True when something in the cause chain says the connection to the database is lost or cannot be made. */
    public static boolean causedBy(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 40; t = next(t), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof jakarta.resource.ResourceException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return true; // SQL state class 08: connection exception
            }
            String name = t.getClass().getName();
            if (name.endsWith("CommunicationsException") || name.endsWith("PoolingException")
                    || name.endsWith("ConnectionIsClosedException")) {
                return true;
            }
            String m = t.getMessage();
            if (m != null && (m.contains("Error in allocating a connection") || m.contains("Communications link failure"))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException s && s.getNextException() != null && t.getCause() == null) {
            return s.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /** Seconds a client should wait before trying again (ward.db.retry-after-seconds, 5 by default). */
    static long retryAfter() {
        try {
            return ConfigProvider.getConfig().getOptionalValue("ward.db.retry-after-seconds", Long.class).orElse(5L);
        } catch (RuntimeException e) {
            return 5;
        }
    }

    static Response response(Problems problems) {
        long seconds = retryAfter();
        Response r = problems.response(503, "DatabaseUnavailable", problems.message("database.unavailable", seconds), null);
        return Response.fromResponse(r).header("Retry-After", Long.toString(seconds)).build();
    }
}
