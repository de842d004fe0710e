package vn.dangbo.records.exchange;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.organization.UnitNotFound;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.security.RequestOrigin;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.TooLarge;

/**
 * Importing the officers' dossier spreadsheets in two steps: upload (the file is checked at once and
 * analysed into a preview in the background), then confirm (applied in the background, all or
 * nothing). Officers only: an import touches the whole ward.
 */
@Stateless
public class MemberImportService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestOrigin origin;

    @Inject
    AuditLog audit;

    @Inject
    ImportProgress progress;

    @Inject
    Event<ImportStarter.Staged> staged;

    @Inject
    Event<ImportStarter.Confirmed> confirmed;

    @Inject
    @ConfigProperty(name = "ward.import.dir")
    Optional<String> stagingDir;

    /** 150,000 dossiers make an .xlsx of about 15 MB; 50 MB leaves room for formatting and pictures. */
    @Inject
    @ConfigProperty(name = "ward.import.max-bytes", defaultValue = "52428800")
    long maxBytes;

    /**
     * Stores the upload, refuses it at once when it is too large, not a spreadsheet, encrypted, damaged,
     * a zip bomb or without a recognisable header row, and starts the analysis. Nothing is kept of a
     * refused file.
     */
    public MemberImport upload(String fileName, InputStream body, Long defaultCellId) {
        Caller who = caller.get();
        who.requireWholeWard();
        String name = fileName == null || fileName.isBlank() ? "import.xlsx"
                : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        if (defaultCellId != null) {
            PartyUnit cell = Optional.ofNullable(em.find(PartyUnit.class, defaultCellId))
                    .orElseThrow(() -> new UnitNotFound(defaultCellId));
            if (cell.kind() != UnitKind.CELL || cell.dissolved()) {
                throw new InvalidInput(List.of(new InvalidField("cellId", "member.cellNotACell")));
            }
        }
        StagedFile staged = stage(body);
        try {
            SpreadsheetReader.Format format = SpreadsheetReader.check(staged.file());
            ImportPlanner.findHeader(staged.file(), format);
        } catch (RuntimeException refused) {
            delete(staged.file());
            throw refused;
        }
        MemberImport imp = new MemberImport(name, staged.sha256(), staged.size(), staged.file().toString(),
                defaultCellId, who.username());
        em.persist(imp);
        em.flush();
        audit.record(AuditAction.MEMBERS_IMPORT_UPLOADED, "IMPORT", imp.id(),
                name + " (" + staged.size() + " bytes, sha256=" + staged.sha256() + ")");
        this.staged.fire(new ImportStarter.Staged(imp.id()));
        return imp;
    }

    /** An import and its preview. */
    public MemberImport find(long id) {
        caller.get().requireWholeWard();
        return Optional.ofNullable(em.find(MemberImport.class, id)).orElseThrow(() -> new ImportNotFound(id));
    }

    /** Where an import stands now: its saved state, and the rows done while it runs. */
    public record ImportStatus(ImportState state, int rows, int expectedRows, String failure) {
    }

    public ImportStatus status(long id) {
        MemberImport imp = find(id);
        var step = progress.of(id);
        return new ImportStatus(imp.state(), step.map(ImportProgress.Step::rows).orElse(0),
                step.map(ImportProgress.Step::expectedRows).orElse(0), imp.failure());
    }

    /** The latest imports, newest first. */
    public List<MemberImport> recent(int limit) {
        caller.get().requireWholeWard();
        return em.createQuery("select i from MemberImport i order by i.id desc", MemberImport.class)
                .setMaxResults(Math.max(1, Math.min(limit, 100))).getResultList();
    }

    /** Applies the previewed plan, in the background; refused unless the preview is ready. */
    public MemberImport confirm(long id) {
        Caller who = caller.get();
        MemberImport imp = find(id);
        if (imp.state() != ImportState.READY) {
            throw new Conflict("import.notReady." + imp.state().name());
        }
        imp.importing();
        em.flush();
        confirmed.fire(new ImportStarter.Confirmed(id, who.username(), origin.description()));
        return imp;
    }

    private record StagedFile(Path file, String sha256, long size) {
    }

    /** Copies the body to the staging folder, hashing it, and stops at the size limit. */
    private StagedFile stage(InputStream body) {
        try {
            Path dir = Path.of(stagingDir.filter(s -> !s.isBlank())
                    .orElse(System.getProperty("java.io.tmpdir") + "/ward-imports"));
            Files.createDirectories(dir);
            Path file = Files.createTempFile(dir, "import-", ".upload");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = body.read(buffer)) > 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        out.close();
                        delete(file);
                        discardRest(body);
                        throw new TooLarge("import.tooLarge", maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                delete(file);
                throw new SpreadsheetRefused("import.empty");
            }
            return new StagedFile(file, HexFormat.of().formatHex(sha.digest()), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a browser would still send, so that it reads the refusal instead of a reset connection. */
    private static final long DISCARD_AT_MOST = 200L * 1024 * 1024;

    private static void discardRest(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long discarded = 0;
        for (int n; discarded < DISCARD_AT_MOST && (n = body.read(buffer)) > 0; ) {
            discarded += n;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover in the staging folder is harmless; the refusal is what matters
        }
    }
}
