package vn.dangbo.records.exchange;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.member.FieldChange;
import vn.dangbo.records.setup.DatabaseMigration;
import vn.dangbo.records.shared.DomainException;

/**
 * Runs the long parts of an import on the container's asynchronous threads, each in transactions of
 * its own: the analysis (read-only, then the preview saved), and the confirmed import (one
 * transaction for every row, or none). The officer follows both through {@link ImportProgress}.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    /** Rows listed per kind in the preview; the counts cover every row. */
    static final int REPORT_ROWS = 1_000;

    /** An import of 150,000 rows takes minutes on a small server; the default 5-minute timeout is too short. */
    private static final int IMPORT_TIMEOUT_SECONDS = 3_600;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ImportProgress progress;

    @Inject
    AuditLog audit;

    @Asynchronous
    public void analyse(long importId) {
        try {
            MemberImport imp = em.find(MemberImport.class, importId);
            Path file = Path.of(imp.stagedPath());
            SpreadsheetReader.Format format = SpreadsheetReader.formatOf(file);
            ImportPlanner.Header header = ImportPlanner.findHeader(file, format);
            ImportPlanner planner = new ImportPlanner(new ImportRecords(em), imp.defaultCellId());
            Preview preview = new Preview(header);
            planner.plan(file, format, header, preview,
                    (rows, expected) -> progress.report(importId, ImportState.ANALYSING, rows, expected));
            inTransaction(() -> em.find(MemberImport.class, importId)
                    .previewed(preview.summary(), planner.digest(), preview.json()));
        } catch (DomainException refused) {
            end(importId, ImportState.REFUSED, refused.messageKey());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Analysis of import " + importId + " failed", e);
            end(importId, ImportState.FAILED, "import.failed");
        } finally {
            progress.forget(importId);
        }
    }

    /**
     * Plans the file again and writes it in one transaction; the plan must be the one previewed.
     * The outcome (done or failed) is saved in a transaction of its own.
     */
    @Asynchronous
    public void apply(long importId, String actor, String origin) {
        String failure = null;
        try {
            tx.setTransactionTimeout(IMPORT_TIMEOUT_SECONDS);
            tx.begin();
            MemberImport imp = em.find(MemberImport.class, importId);
            Path file = Path.of(imp.stagedPath());
            String previewed = imp.planDigest();
            ImportSummary summary = imp.summary();
            Long defaultCell = imp.defaultCellId();
            SpreadsheetReader.Format format = SpreadsheetReader.formatOf(file);
            ImportPlanner.Header header = ImportPlanner.findHeader(file, format);
            String planned;
            try (Connection connection = dataSource.getConnection();
                 ImportWriter writer = new ImportWriter(connection, actor, importId)) {
                planned = planWhileWriting(importId, file, format, header, defaultCell, writer);
            }
            if (!planned.equals(previewed)) {
                throw new vn.dangbo.records.shared.Conflict("import.changedSincePreview");
            }
            em.find(MemberImport.class, importId).done();
            audit.recordFor(actor, origin, AuditAction.MEMBERS_IMPORTED, "IMPORT", importId,
                    imp.fileName() + " sha256=" + imp.fileSha256() + " created=" + summary.create()
                            + " updated=" + summary.update() + " unchanged=" + summary.unchanged()
                            + " rejected=" + summary.rejected());
            tx.commit();
        } catch (DomainException e) {
            failure = e.messageKey();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Import " + importId + " failed and was rolled back", e);
            failure = "import.failed";
        } finally {
            rollbackIfActive();
            progress.forget(importId);
        }
        if (failure != null) {
            String key = failure;
            end(importId, ImportState.FAILED, key);
            inTransaction(() -> audit.recordFor(actor, origin, AuditAction.MEMBERS_IMPORT_FAILED, "IMPORT", importId, key));
        }
    }

    /**
     * Reading and planning the file is about as costly as writing it, and they need different things
     * (the CPU for parsing, the database for writing): the plan is made on a managed thread of its own
     * while this thread, the one holding the transaction, writes each chunk as it arrives. A bounded
     * queue keeps memory flat. Returns the plan's digest.
     */
    private String planWhileWriting(long importId, Path file, SpreadsheetReader.Format format,
                                    ImportPlanner.Header header, Long defaultCell, ImportWriter writer)
            throws InterruptedException, ExecutionException {
        BlockingQueue<List<ImportPlanner.PlannedRow>> queue = new ArrayBlockingQueue<>(4);
        List<ImportPlanner.PlannedRow> end = List.of();
        Future<String> planning = executor.submit(() -> {
            ImportPlanner planner = new ImportPlanner(new ImportRecords(em), defaultCell);
            List<ImportPlanner.PlannedRow> batch = new ArrayList<>(ImportPlanner.CHUNK);
            try {
                planner.plan(file, format, header, row -> {
                    batch.add(row);
                    if (batch.size() == ImportPlanner.CHUNK) {
                        put(queue, List.copyOf(batch));
                        batch.clear();
                    }
                }, (rows, expected) -> progress.report(importId, ImportState.IMPORTING, rows, expected));
                put(queue, List.copyOf(batch));
                return planner.digest();
            } finally {
                queue.offer(end, 1, TimeUnit.MINUTES);
            }
        });
        try {
            for (List<ImportPlanner.PlannedRow> batch = queue.take(); batch != end; batch = queue.take()) {
                batch.forEach(writer);
            }
            return planning.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DomainException domain) {
                throw domain;
            }
            throw e;
        } finally {
            planning.cancel(true);
        }
    }

    private static void put(BlockingQueue<List<ImportPlanner.PlannedRow>> queue, List<ImportPlanner.PlannedRow> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import stopped writing", e);
        }
    }

    private void end(long importId, ImportState state, String key) {
        inTransaction(() -> em.find(MemberImport.class, importId).ended(state, key));
    }

    private void rollbackIfActive() {
        try {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Rollback failed", e);
        }
    }

    private void inTransaction(Runnable work) {
        try {
            tx.begin();
            work.run();
            tx.commit();
        } catch (Exception e) {
            rollbackIfActive();
            throw new IllegalStateException(e);
        }
    }

    /** Counts every row and lists the first {@value #REPORT_ROWS} of each kind, as JSON for the preview. */
    private static final class Preview implements java.util.function.Consumer<ImportPlanner.PlannedRow> {
        private final ImportPlanner.Header header;
        private final JsonArrayBuilder creates = Json.createArrayBuilder();
        private final JsonArrayBuilder updates = Json.createArrayBuilder();
        private final JsonArrayBuilder rejected = Json.createArrayBuilder();
        private int create;
        private int update;
        private int unchanged;
        private int reject;

        Preview(ImportPlanner.Header header) {
            this.header = header;
        }

        @Override
        public void accept(ImportPlanner.PlannedRow row) {
            if (row instanceof ImportPlanner.Create c) {
                    if (create++ < REPORT_ROWS) {
                        creates.add(Json.createObjectBuilder().add("row", c.row())
                                .add("fullName", c.member().fullName())
                                .add("cell", c.member().cell().name()));
                    }
            } else if (row instanceof ImportPlanner.Update u) {
                    if (update++ < REPORT_ROWS) {
                        JsonArrayBuilder changes = Json.createArrayBuilder();
                        for (FieldChange ch : u.changes()) {
                            JsonObjectBuilder c = Json.createObjectBuilder().add("field", ch.field());
                            nullable(c, "old", ch.oldValue());
                            nullable(c, "new", ch.newValue());
                            changes.add(c);
                        }
                        updates.add(Json.createObjectBuilder().add("row", u.row()).add("memberId", u.member().id())
                                .add("fullName", u.member().fullName()).add("changes", changes));
                    }
            } else if (row instanceof ImportPlanner.Unchanged) {
                unchanged++;
            } else if (row instanceof ImportPlanner.Rejected r) {
                    if (reject++ < REPORT_ROWS) {
                        JsonArrayBuilder problems = Json.createArrayBuilder();
                        for (ImportPlanner.CellProblem p : r.problems()) {
                            JsonArrayBuilder args = Json.createArrayBuilder();
                            p.args().forEach(a -> args.add(String.valueOf(a)));
                            JsonObjectBuilder o = Json.createObjectBuilder().add("field", p.field())
                                    .add("key", p.messageKey()).add("args", args);
                            nullable(o, "cell", p.cell());
                            problems.add(o);
                        }
                        JsonObjectBuilder o = Json.createObjectBuilder().add("row", r.row()).add("problems", problems);
                        nullable(o, "fullName", r.fullName());
                        rejected.add(o);
                    }
            }
        }

        private static void nullable(JsonObjectBuilder o, String name, String value) {
            if (value == null) {
                o.addNull(name);
            } else {
                o.add(name, value);
            }
        }

        ImportSummary summary() {
            return new ImportSummary(create + update + unchanged + reject, create, update, unchanged, reject);
        }

        String json() {
            JsonArrayBuilder columns = Json.createArrayBuilder();
            for (Map.Entry<Integer, ImportColumn> e : header.columns().entrySet()) {
                columns.add(Json.createObjectBuilder().add("column", SpreadsheetReader.columnName(e.getKey()))
                        .add("header", e.getValue().header()).add("field", e.getValue().field().apiName()));
            }
            JsonArrayBuilder ignored = Json.createArrayBuilder();
            header.ignored().forEach(ignored::add);
            return Json.createObjectBuilder()
                    .add("sheet", header.sheetIndex() + 1).add("headerRow", header.rowNumber())
                    .add("columns", columns).add("ignoredColumns", ignored)
                    .add("creates", creates).add("updates", updates).add("rejected", rejected)
                    .build().toString();
        }
    }
}
