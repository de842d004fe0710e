package vn.dangbo.records.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;

/**
 * EclipseLink retries a read whose connection was lost three times, five seconds apart: while the database is
 * away, every request would hang for up to 15 seconds and pile up on the server's threads. Turned off here, so
 * a request fails at once and the API answers 503 with a Retry-After hint (vn.dangbo.api.problem.DatabaseOutage);
 * the data source's pool validates its connections, so requests succeed again as soon as the database is back.
 *
 * <p>EclipseLink has no persistence-unit property for this, and the domain does not compile against EclipseLink:
 * its session is reached by reflection, and a different JPA provider is simply left as it is.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class FailFastWithoutDatabase {

    private static final Logger LOG = Logger.getLogger(FailFastWithoutDatabase.class.getName());

    @PersistenceUnit(unitName = "ward")
    EntityManagerFactory emf;

    @PostConstruct
    void noRetriesOnALostConnection() {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> sessionType = Class.forName("org.eclipse.persistence.sessions.Session", false, loader);
            Object session = emf.unwrap(sessionType);
            Object login = sessionType.getMethod("getLogin").invoke(session);
            login.getClass().getMethod("setQueryRetryAttemptCount", int.class).invoke(login, 0);
            login.getClass().getMethod("setDelayBetweenConnectionAttempts", int.class).invoke(login, 0);
            LOG.info("Reads on a lost database connection fail at once (no EclipseLink retries)");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warning(() -> "Could not turn off EclipseLink's query retries; requests may wait while the database"
                    + " is away: " + e);
        }
    }
}
