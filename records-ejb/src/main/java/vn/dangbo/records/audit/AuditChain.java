package vn.dangbo.records.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain over the audit log (V19). Entry n is sealed with
 * {@code hash(n) = SHA-256(hash(n-1) ‖ n ‖ id ‖ time ‖ actor ‖ action ‖ subject ‖ detail ‖ origin)}, each text
 * field length-prefixed so no two different entries share a canonical form. Altering a sealed entry breaks its
 * hash; removing one leaves a gap in the sequence; removing the newest ones leaves the head ahead of the last
 * entry found. Someone able to rewrite the whole table could recompute every hash: officers can note the head
 * (sequence and hash) shown by the check and give it back as an anchor later, which such a rewrite cannot match.
 *
 * <p>Plain JDBC with no container in sight, so the server seals and checks with it and the {@code audit-verify}
 * command checks the database with the server stopped. Times are read as epoch milliseconds computed by the
 * database ({@code UNIX_TIMESTAMP}), the same whatever the time zone of the session or of the JVM.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);
    static final int BATCH = 500;

    private static final String FIELDS = "id, CAST(ROUND(UNIX_TIMESTAMP(at) * 1000) AS SIGNED) AS at_ms, actor, action,"
            + " subject_type, subject_id, detail, origin";

    /** What is chained of one entry. */
    record Entry(long id, long atMillis, String actor, String action, String subjectType, String subjectId,
                 String detail, String origin) {
    }

    /** Why the chain breaks at an entry. */
    public enum Problem {
        /** The entry's fields no longer give its hash: it was changed after it was sealed. */
        ALTERED,
        /** Entries sealed before this one are missing (removed). */
        MISSING_BEFORE,
        /** The entry does not point at the hash of the entry before it. */
        RELINKED,
        /** The newest sealed entries are missing: the head of the chain is further on. */
        TAIL_MISSING,
        /** The chain goes on past its recorded head, or the head's hash differs. */
        HEAD_MISMATCH,
        /** The entry at the anchor the officer gave has another hash: the chain was recomputed. */
        ANCHOR_MISMATCH
    }

    /** The first place the chain breaks: the entry (absent when the break is past the last entry) and why. */
    public record Break(Long entryId, long seq, Problem problem, Instant at, String actor, String action,
                        String detail) {
    }

    /** The outcome of a check. {@code firstBreak} is null when the chain is intact. */
    public record Report(long sealed, long unsealed, long headSeq, String headHash, Instant lastSealedAt,
                         Break firstBreak) {

        public boolean intact() {
            return firstBreak == null;
        }
    }

    private AuditChain() {
    }

    static String hash(String previous, long seq, Entry e) {
        StringBuilder b = new StringBuilder(256).append(previous).append('\n').append(seq).append('\n')
                .append(e.id()).append('\n').append(e.atMillis()).append('\n');
        for (String field : new String[] {e.actor(), e.action(), e.subjectType(), e.subjectId(), e.detail(),
                e.origin()}) {
            // "-" for null, "length:text" otherwise: null, "" and any text stay distinct
            b.append(field == null ? "-" : field.length() + ":" + field).append('\n');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e1);
        }
    }

    /**
     * Seals up to {@code max} unsealed entries, oldest first, after the chain's head; the caller commits. The head
     * row is locked for update, so two sealers (two instances of a cluster) take turns. Answers how many it sealed.
     */
    public static int seal(Connection c, int max) throws SQLException {
        long seq;
        String previous;
        try (PreparedStatement head = c.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_chain_head has no row: migration V19 missing");
            }
            seq = rs.getLong(1);
            previous = rs.getString(2);
        }
        List<Entry> pending = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT " + FIELDS
                + " FROM audit_entry WHERE chain_seq IS NULL ORDER BY id LIMIT ?")) {
            q.setInt(1, max);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    pending.add(entry(rs));
                }
            }
        }
        if (pending.isEmpty()) {
            return 0;
        }
        try (PreparedStatement u = c.prepareStatement(
                "UPDATE audit_entry SET chain_seq = ?, prev_hash = ?, entry_hash = ? WHERE id = ? AND chain_seq IS NULL")) {
            for (Entry e : pending) {
                seq++;
                String h = hash(previous, seq, e);
                u.setLong(1, seq);
                u.setString(2, previous);
                u.setString(3, h);
                u.setLong(4, e.id());
                u.addBatch();
                previous = h;
            }
            u.executeBatch();
        }
        try (PreparedStatement h = c.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, sealed_at = CURRENT_TIMESTAMP(3) WHERE id = 1")) {
            h.setLong(1, seq);
            h.setString(2, previous);
            h.executeUpdate();
        }
        return pending.size();
    }

    /**
     * Walks the sealed entries in chain order and recomputes every hash; stops at the first break. With an anchor
     * (a sequence number and the hash an officer noted earlier), also checks the chain still passes through it.
     */
    public static Report verify(Connection c, Long anchorSeq, String anchorHash) throws SQLException {
        long unsealed = count(c, "SELECT COUNT(*) FROM audit_entry WHERE chain_seq IS NULL");
        long headSeq;
        String headHash;
        Instant sealedAt;
        try (PreparedStatement head = c.prepareStatement(
                "SELECT last_seq, last_hash, sealed_at FROM audit_chain_head WHERE id = 1");
             ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_chain_head has no row: migration V19 missing");
            }
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
            Timestamp t = rs.getTimestamp(3);
            sealedAt = t == null ? null : t.toInstant();
        }
        long expected = 1;
        String previous = GENESIS;
        boolean anchorSeen = false;
        long after = 0;
        while (true) {
            int read = 0;
            try (PreparedStatement q = c.prepareStatement("SELECT " + FIELDS + ", chain_seq, prev_hash, entry_hash,"
                    + " at FROM audit_entry WHERE chain_seq > ? ORDER BY chain_seq LIMIT ?")) {
                q.setLong(1, after);
                q.setInt(2, BATCH * 4);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        Entry e = entry(rs);
                        long seq = rs.getLong("chain_seq");
                        after = seq;
                        Problem problem = null;
                        String computed = hash(previous, seq, e);
                        if (seq != expected) {
                            problem = gap(seq, expected);
                        } else if (!previous.equals(rs.getString("prev_hash"))) {
                            problem = Problem.RELINKED;
                        } else if (!computed.equals(rs.getString("entry_hash"))) {
                            problem = Problem.ALTERED;
                        } else if (anchorSeq != null && seq == anchorSeq) {
                            anchorSeen = true;
                            if (!computed.equalsIgnoreCase(anchorHash == null ? "" : anchorHash.trim())) {
                                problem = Problem.ANCHOR_MISMATCH;
                            }
                        }
                        if (problem != null) {
                            Timestamp at = rs.getTimestamp("at");
                            return new Report(expected - 1, unsealed, headSeq, headHash, sealedAt, new Break(e.id(),
                                    seq, problem, at == null ? null : at.toInstant(), e.actor(), e.action(),
                                    e.detail()));
                        }
                        previous = computed;
                        expected++;
                    }
                }
            }
            if (read == 0) {
                break;
            }
        }
        long sealed = expected - 1;
        Break tail = null;
        if (headSeq > sealed) {
            tail = new Break(null, sealed + 1, Problem.TAIL_MISSING, null, null, null, null);
        } else if (headSeq < sealed || !headHash.equals(previous)) {
            tail = new Break(null, headSeq, Problem.HEAD_MISMATCH, null, null, null, null);
        } else if (anchorSeq != null && !anchorSeen) {
            tail = new Break(null, anchorSeq, Problem.ANCHOR_MISMATCH, null, null, null, null);
        }
        return new Report(sealed, unsealed, headSeq, headHash, sealedAt, tail);
    }

    private static Problem gap(long seq, long expected) {
        // a sequence number below the expected one cannot happen with the unique index; above it, entries are gone
        return seq > expected ? Problem.MISSING_BEFORE : Problem.RELINKED;
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getLong("at_ms"), rs.getString("actor"), rs.getString("action"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("detail"),
                rs.getString("origin"));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
