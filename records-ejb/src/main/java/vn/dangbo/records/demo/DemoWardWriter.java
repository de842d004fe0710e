package vn.dangbo.records.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.records.demo.DemoWard.Member;
import vn.dangbo.records.demo.DemoWard.Position;
import vn.dangbo.records.demo.DemoWard.Unit;
import vn.dangbo.records.member.PersonName;

/**
 * Writes a {@link DemoWard} into the tables of V1 (party_unit, member, member_name_token, unit_position,
 * audit_entry) with plain JDBC batches of single-row INSERTs with explicit ids, executed every
 * {@value #CHUNK} rows. With Connector/J's {@code rewriteBatchedStatements=true} each chunk travels as
 * one multi-row INSERT: the bench ward (150,000 members, 459,000 name tokens) took about 620 INSERT
 * statements and 16-26 s on MariaDB 10.11 on a busy two-core machine; without the flag it is one round
 * trip per row.
 *
 * <p>The caller owns the transaction: nothing here commits, rolls back or changes auto-commit. For
 * 150,000 members turn auto-commit off and commit once at the end. The tables are expected to be empty;
 * a clash of ids fails with the database's duplicate-key error. The audit row takes the next id of its
 * table.
 */
public final class DemoWardWriter {

    /** Rows per executed batch. */
    public static final int CHUNK = 1_000;

    /** The audit action of the one audit row written. */
    public static final String AUDIT_ACTION = "DEMO_SEEDED";

    /** Rows written per table. */
    public record Counts(int units, int members, int nameTokens, int positions, int auditEntries) {

        public int total() {
            return units + members + nameTokens + positions + auditEntries;
        }
    }

    private static final String INSERT_UNIT = "INSERT INTO party_unit"
            + " (id, kind, name, parent_id, established_on, dissolved_on, dissolution_reason, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_MEMBER = "INSERT INTO member"
            + " (id, full_name, other_names, sex, birth_date, birthplace, residence, ethnicity, religion,"
            + " citizen_id, occupation, general_education, professional_qualification, political_theory,"
            + " foreign_language, it_level, admission_date, full_membership_date, party_card_number, status,"
            + " cell_id, search_name, sort_key, created_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_TOKEN = "INSERT INTO member_name_token (member_id, position, token)"
            + " VALUES (?, ?, ?)";

    private static final String INSERT_POSITION = "INSERT INTO unit_position"
            + " (id, unit_id, member_id, role, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)";

    private static final String INSERT_AUDIT = "INSERT INTO audit_entry"
            + " (at, actor, action, subject_type, subject_id, detail, origin) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private DemoWardWriter() {
    }

    /** Writes the ward with the current time as the creation time of every dossier and of the audit row. */
    public static Counts write(Connection connection, DemoWard ward) throws SQLException {
        return write(connection, ward, Instant.now());
    }

    /** Writes the ward; {@code now} is stored as member.created_at and audit_entry.at. */
    public static Counts write(Connection connection, DemoWard ward, Instant now) throws SQLException {
        Timestamp createdAt = Timestamp.from(now);
        int units = writeUnits(connection, ward.units());
        int[] memberCounts = writeMembers(connection, ward.members(), createdAt);
        int positions = writePositions(connection, ward.positions());
        int audit = writeAudit(connection, ward, createdAt, units, memberCounts[0], memberCounts[1], positions);
        return new Counts(units, memberCounts[0], memberCounts[1], positions, audit);
    }

    private static int writeUnits(Connection connection, List<Unit> units) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT_UNIT)) {
            Batch batch = new Batch(ps);
            for (Unit u : units) {
                ps.setLong(1, u.id());
                ps.setString(2, u.kind().name());
                ps.setString(3, u.name());
                setLong(ps, 4, u.parentId());
                setDate(ps, 5, u.establishedOn());
                ps.setNull(6, Types.DATE);
                ps.setNull(7, Types.VARCHAR);
                ps.setLong(8, 0L);
                batch.add();
            }
            return batch.finish();
        }
    }

    /** The members, then (foreign key) their name tokens. */
    private static int[] writeMembers(Connection connection, List<Member> members, Timestamp createdAt)
            throws SQLException {
        int memberRows;
        // Folding names is the costly part on our side: once per member, keeping the tokens for later.
        List<List<String>> tokensByMember = new ArrayList<>(members.size());
        try (PreparedStatement ps = connection.prepareStatement(INSERT_MEMBER)) {
            Batch batch = new Batch(ps);
            for (Member m : members) {
                PersonName name = m.name();
                tokensByMember.add(name.tokens());
                ps.setLong(1, m.id());
                ps.setString(2, name.fullName());
                ps.setString(3, m.otherNames());
                ps.setString(4, m.sex().name());
                setDate(ps, 5, m.birthDate());
                ps.setString(6, m.birthplace());
                ps.setString(7, m.residence());
                ps.setString(8, m.ethnicity());
                ps.setString(9, m.religion());
                ps.setString(10, m.citizenId());
                ps.setString(11, m.occupation());
                ps.setString(12, m.generalEducation());
                ps.setString(13, m.professionalQualification());
                ps.setString(14, m.politicalTheory() == null ? null : m.politicalTheory().name());
                ps.setString(15, m.foreignLanguage());
                ps.setString(16, m.itLevel());
                setDate(ps, 17, m.admissionDate());
                setDate(ps, 18, m.fullMembershipDate());
                ps.setString(19, m.partyCardNumber());
                ps.setString(20, m.status().name());
                ps.setLong(21, m.cellId());
                ps.setString(22, name.searchForm());
                ps.setString(23, name.sortKey());
                ps.setTimestamp(24, createdAt);
                ps.setLong(25, 0L);
                batch.add();
            }
            memberRows = batch.finish();
        }
        int tokenRows;
        try (PreparedStatement ps = connection.prepareStatement(INSERT_TOKEN)) {
            Batch batch = new Batch(ps);
            for (int i = 0; i < members.size(); i++) {
                Member m = members.get(i);
                List<String> words = tokensByMember.get(i);
                for (int position = 0; position < words.size(); position++) {
                    ps.setLong(1, m.id());
                    ps.setShort(2, (short) position);
                    ps.setString(3, words.get(position));
                    batch.add();
                }
            }
            tokenRows = batch.finish();
        }
        return new int[] {memberRows, tokenRows};
    }

    private static int writePositions(Connection connection, List<Position> positions) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT_POSITION)) {
            Batch batch = new Batch(ps);
            for (Position p : positions) {
                ps.setLong(1, p.id());
                ps.setLong(2, p.unitId());
                ps.setLong(3, p.memberId());
                ps.setString(4, p.role().name());
                setDate(ps, 5, p.startDate());
                setDate(ps, 6, p.endDate());
                batch.add();
            }
            return batch.finish();
        }
    }

    private static int writeAudit(Connection connection, DemoWard ward, Timestamp at, int units, int members,
                                  int tokens, int positions) throws SQLException {
        DemoWard.Spec spec = ward.spec();
        String detail = "{\"units\":" + units
                + ",\"cells\":" + spec.cells()
                + ",\"members\":" + members
                + ",\"nameTokens\":" + tokens
                + ",\"positions\":" + positions
                + ",\"seed\":" + spec.seed()
                + ",\"asOf\":\"" + spec.today() + "\"}";
        try (PreparedStatement ps = connection.prepareStatement(INSERT_AUDIT)) {
            ps.setTimestamp(1, at);
            ps.setString(2, "system");
            ps.setString(3, AUDIT_ACTION);
            ps.setString(4, "WARD");
            ps.setString(5, Long.toString(DemoWard.WARD_UNIT_ID));
            ps.setString(6, detail);
            ps.setString(7, "DemoWardWriter");
            return ps.executeUpdate();
        }
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date); // JDBC 4.2; cheaper in Connector/J than java.sql.Date's calendar work
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    /** Adds rows to a statement's batch and executes it every {@link #CHUNK} rows. */
    private static final class Batch {
        private final PreparedStatement statement;
        private int pending;
        private int written;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        /** Adds the current parameters; executes the batch when it holds a chunk. */
        void add() throws SQLException {
            statement.addBatch();
            if (++pending >= CHUNK) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                statement.clearBatch();
                written += pending;
                pending = 0;
            }
        }

        int finish() throws SQLException {
            flush();
            return written;
        }
    }
}
