package vn.dangbo.records.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.dangbo.records.setup.DatabaseMigration;

/**
 * Seals new audit entries into the chain every few seconds, in short transactions of their own, so no business
 * transaction ever waits for the chain. On a cluster each instance runs it; the head row's lock makes them take
 * turns and the second finds nothing left to seal. Bean-managed: the sealer commits its own JDBC transactions
 * (a container transaction around the timer would try to commit the connection a second time), and a failed
 * run is logged, never thrown, so the container never cancels the timer.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    public void sealPending() {
        try {
            sealNow();
        } catch (SQLException | RuntimeException e) {
            // the database may be restarting: the next run seals what is left
            LOG.log(Level.WARNING, "Sealing the audit log failed; retried in 5 seconds: {0}", e.toString());
        }
    }

    /** Seals everything committed so far; answers how many entries it sealed. */
    public int sealNow() throws SQLException {
        int total = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int sealed;
                do {
                    sealed = AuditChain.seal(c, AuditChain.BATCH);
                    c.commit();
                    total += sealed;
                } while (sealed == AuditChain.BATCH);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return total;
    }
}
