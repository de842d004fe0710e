package vn.dangbo.api.problem;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import vn.dangbo.records.setup.DatabaseMigration;

/**
 * The database out of reach (stopped, restarting, the network to it down), told apart from a failure of ours:
 * the client gets 503 with a Retry-After hint instead of 500.
 *
 * <p>Failing fast: the first requests caught by an outage learn it the slow way (EclipseLink retries a read
 * on a lost connection three times, a second apart). From then on this gate answers 503 at once, and lets one
 * request a second try the database (a connection from the pool, validated); when that works, everything goes
 * through again. The pool validates every connection before lending it (DatabaseMigration's data source), so
 * no dead connection survives the outage and the server recovers by itself, without a restart.
 */
@ApplicationScoped
public class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    private static final long PROBE_INTERVAL_NANOS = 1_000_000_000L;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "ward.db.retry-after-seconds", defaultValue = "5")
    long retryAfterSeconds;

    private volatile boolean down;
    private volatile long lastProbe;

    /** A request failed because the database is out of reach: refuse the next ones at once. */
    public void lost(Throwable cause) {
        if (!down) {
            LOG.warning(() -> "Database out of reach; requests get 503 until it answers again: " + cause);
        }
        lastProbe = System.nanoTime();
        down = true;
    }

    /** Whether to refuse a request now: only while the database is known to be away and not found back. */
    public boolean refusing() {
        if (!down) {
            return false;
        }
        synchronized (this) {
            long now = System.nanoTime();
            if (!down) {
                return false;
            }
            if (now - lastProbe < PROBE_INTERVAL_NANOS) {
                return true;
            }
            lastProbe = now;
        }
        try (Connection c = dataSource.getConnection()) {
            if (c.isValid(2)) {
                down = false;
                LOG.info("Database reachable again");
                return false;
            }
        } catch (SQLException | RuntimeException stillAway) {
            // still away: refused below
        }
        return true;
    }

    public Response response(Problems problems) {
        long seconds = Math.max(1, retryAfterSeconds);
        Response r = problems.response(503, "DatabaseUnavailable", problems.message("database.unavailable", seconds), null);
        return Response.fromResponse(r).header("Retry-After", Long.toString(seconds)).build();
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
}
