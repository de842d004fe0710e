package vn.dangbo.records.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts the analysis or the import once the request that asked for it has committed: the runner's
 * thread must find the import's row, and a request rolled back must start nothing.
 */
@ApplicationScoped
public class ImportStarter {

    /** An upload was staged and recorded. */
    public record Staged(long importId) {
    }

    /** An officer confirmed a preview. */
    public record Confirmed(long importId, String actor, String origin) {
    }

    @Inject
    ImportRunner runner;

    void staged(@Observes(during = TransactionPhase.AFTER_SUCCESS) Staged event) {
        runner.analyse(event.importId());
    }

    void confirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Confirmed event) {
        runner.apply(event.importId(), event.actor(), event.origin());
    }
}
