package vn.dangbo.records.exchange;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * How far the running analyses and imports are, for the progress stream. Kept in memory: it is only
 * a view of work in progress; the outcome is in member_import. On start, imports that a stopped or
 * killed server left running are marked failed: their transaction died with the connection, so
 * nothing of them was written and they can be run again.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ImportProgress {

    private static final Logger LOG = Logger.getLogger(ImportProgress.class.getName());

    /** Rows done of the rows expected (the sheet's declared size until the end is reached). */
    public record Step(ImportState state, int rows, int expectedRows) {
    }

    private final Map<Long, Step> steps = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void failInterrupted() {
        int n = em.createNativeQuery("UPDATE member_import SET state = 'FAILED', failure = 'import.interrupted',"
                        + " finished_at = CURRENT_TIMESTAMP(3) WHERE state IN ('ANALYSING', 'IMPORTING')")
                .executeUpdate();
        if (n > 0) {
            LOG.warning(() -> n + " spreadsheet import(s) interrupted by the last stop were marked failed; nothing of them was written");
        }
    }

    public void report(long importId, ImportState state, int rows, int expectedRows) {
        steps.put(importId, new Step(state, rows, Math.max(rows, expectedRows)));
    }

    public void forget(long importId) {
        steps.remove(importId);
    }

    public Optional<Step> of(long importId) {
        return Optional.ofNullable(steps.get(importId));
    }
}
