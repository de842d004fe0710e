package vn.dangbo.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import vn.dangbo.records.audit.AuditChain;

/**
 * {@code ./audit-verify.sh [--anchor SEQ:HASH]}: checks the audit log's hash chain straight in the database, the
 * server running or not, and prints the first broken entry. Uses the database {@code ./run.sh} uses (WARD_DB_URL
 * or the embedded one, which it starts for the check when nothing listens on its port). Exit status: 0 whole,
 * 3 broken, 1 could not check.
 */
public final class AuditVerify {

    private AuditVerify() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    static int run(String[] args) {
        Long anchorSeq = null;
        String anchorHash = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--anchor") && i + 1 < args.length) {
                String[] parts = args[++i].split(":", 2);
                if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[0-9a-fA-F]{64}")) {
                    throw new IllegalArgumentException("--anchor takes SEQ:HASH, e.g. --anchor 1200:3fa4…(64 hex)");
                }
                anchorSeq = Long.parseLong(parts[0]);
                anchorHash = parts[1].toLowerCase();
            } else {
                throw new IllegalArgumentException("usage: audit-verify.sh [--anchor SEQ:HASH]");
            }
        }
        Settings s = Settings.from(System.getenv(), new String[0], Path.of("launcher/target"));
        EmbeddedDatabase embedded = null;
        try {
            if (s.embeddedDb() && !listening(s.dbPort())) {
                System.out.println("▶ Starting the embedded database in " + s.home().resolve("db") + " for the check");
                embedded = new EmbeddedDatabase();
                embedded.start(s.home(), s.dbPort());
            }
            try (Connection c = DriverManager.getConnection(s.dbUrl(), s.dbUser(), s.dbPassword())) {
                c.setReadOnly(true);
                AuditChain.Report r = AuditChain.verify(c, anchorSeq, anchorHash);
                return print(r);
            }
        } catch (SQLException e) {
            boolean old = String.valueOf(e.getMessage()).matches("(?s).*(chain_seq|audit_chain_head).*");
            System.err.println(old ? "This database has no audit chain yet: start the system once (./run.sh) so"
                    + " it is migrated, then check again." : "Could not read the audit log: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("Could not start the embedded database: " + e.getMessage());
            return 1;
        } finally {
            if (embedded != null) {
                embedded.stop();
            }
        }
    }

    private static int print(AuditChain.Report r) {
        System.out.printf("Sealed entries: %,d; not yet sealed: %,d (the server seals them every 5 seconds)%n",
                r.sealed(), r.unsealed());
        System.out.printf("Head: %d %s%s%n", r.headSeq(), r.headHash(),
                r.lastSealedAt() == null ? "" : " (sealed " + r.lastSealedAt() + ")");
        AuditChain.Break b = r.firstBreak();
        if (b == null) {
            System.out.println("INTACT: every sealed entry matches its hash and its place in the chain.");
            System.out.println("Note the head down; later, --anchor " + r.headSeq() + ":" + r.headHash()
                    + " proves the log was not recomputed since.");
            return 0;
        }
        System.out.println("BROKEN at entry number " + b.seq() + ": " + b.problem()
                + (b.entryId() == null ? "" : " — id " + b.entryId() + ", " + b.at() + ", " + b.actor() + ", "
                + b.action() + ", " + b.detail()));
        return 3;
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
