package vn.dangbo.records.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.dangbo.records.member.FieldChange;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.PersonName;
import vn.dangbo.records.shared.Conflict;

/**
 * Writes a confirmed import's plan with JDBC batches (Connector/J rewrites each into one multi-row
 * statement): new dossiers (naming the import that created them) with their name words; changed dossiers
 * with a revision holding every changed field, guarded by the version the plan read. Each chunk goes
 * out as it fills, so memory stays flat; the caller's transaction makes the whole import one unit.
 */
final class ImportWriter implements Consumer<ImportPlanner.PlannedRow>, AutoCloseable {

    private static final String MEMBER_COLUMNS = "full_name, other_names, sex, birth_date, birthplace, residence,"
            + " ethnicity, religion, citizen_id, occupation, general_education, professional_qualification,"
            + " political_theory, foreign_language, it_level, admission_date, full_membership_date,"
            + " party_card_number, status, cell_id, search_name, sort_key";

    private static final String INSERT_MEMBER = "INSERT INTO member (" + MEMBER_COLUMNS + ", created_at, import_id, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    private static final String UPDATE_MEMBER = "UPDATE member SET "
            + MEMBER_COLUMNS.replace(",", " = ?,") + " = ?, version = version + 1 WHERE id = ? AND version = ?";

    private static final String INSERT_TOKEN = "INSERT INTO member_name_token (member_id, position, token) VALUES (?, ?, ?)";
    private static final String DELETE_TOKENS = "DELETE FROM member_name_token WHERE member_id = ?";
    private static final String INSERT_REVISION = "INSERT INTO member_revision (member_id, changed_at, changed_by, import_id)"
            + " VALUES (?, ?, ?, ?)";
    private static final String INSERT_FIELD = "INSERT INTO member_revision_field (revision_id, field, old_value, new_value)"
            + " VALUES (?, ?, ?, ?)";

    private final Connection connection;
    private final String actor;
    private final long importId;
    private final Timestamp now = Timestamp.from(Instant.now());
    private final List<Member> creates = new ArrayList<>();
    private final List<ImportPlanner.Update> updates = new ArrayList<>();
    private int created;
    private int updated;

    ImportWriter(Connection connection, String actor, long importId) {
        this.connection = connection;
        this.actor = actor;
        this.importId = importId;
    }

    int created() {
        return created;
    }

    int updated() {
        return updated;
    }

    @Override
    public void accept(ImportPlanner.PlannedRow row) {
        try {
            if (row instanceof ImportPlanner.Create c) {
                creates.add(c.member());
                if (creates.size() == ImportPlanner.CHUNK) {
                    flushCreates();
                }
            } else if (row instanceof ImportPlanner.Update u) {
                updates.add(u);
                if (updates.size() == ImportPlanner.CHUNK) {
                    flushUpdates();
                }
            }
        } catch (SQLException e) {
            throw new ImportFailed(e);
        }
    }

    /** Writes what is still buffered. */
    @Override
    public void close() {
        try {
            flushCreates();
            flushUpdates();
        } catch (SQLException e) {
            throw new ImportFailed(e);
        }
    }

    private void flushCreates() throws SQLException {
        if (creates.isEmpty()) {
            return;
        }
        long[] ids = new long[creates.size()];
        try (PreparedStatement ps = connection.prepareStatement(INSERT_MEMBER, Statement.RETURN_GENERATED_KEYS)) {
            for (Member m : creates) {
                int i = bindMember(ps, m);
                ps.setTimestamp(i, now);
                ps.setLong(i + 1, importId);
                ps.addBatch();
            }
            ps.executeBatch();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                for (int i = 0; keys.next() && i < ids.length; i++) {
                    ids[i] = keys.getLong(1);
                }
            }
        }
        try (PreparedStatement tokens = connection.prepareStatement(INSERT_TOKEN)) {
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == 0) {
                    throw new IllegalStateException("the database returned fewer keys than rows inserted");
                }
                addTokens(tokens, ids[i], creates.get(i).name());
            }
            tokens.executeBatch();
        }
        created += creates.size();
        creates.clear();
    }

    private void flushUpdates() throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(UPDATE_MEMBER)) {
            for (ImportPlanner.Update u : updates) {
                int i = bindMember(ps, u.member());
                ps.setLong(i, u.member().id());
                ps.setLong(i + 1, u.expectedVersion());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int count : counts) {
                if (count == 0) {
                    throw new Conflict("import.changedSincePreview");
                }
            }
        }
        long[] revisionIds = new long[updates.size()];
        try (PreparedStatement ps = connection.prepareStatement(INSERT_REVISION, Statement.RETURN_GENERATED_KEYS)) {
            for (ImportPlanner.Update u : updates) {
                ps.setLong(1, u.member().id());
                ps.setTimestamp(2, now);
                ps.setString(3, actor);
                ps.setLong(4, importId);
                ps.addBatch();
            }
            ps.executeBatch();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                for (int i = 0; keys.next() && i < revisionIds.length; i++) {
                    revisionIds[i] = keys.getLong(1);
                }
            }
        }
        try (PreparedStatement fields = connection.prepareStatement(INSERT_FIELD);
             PreparedStatement delete = connection.prepareStatement(DELETE_TOKENS);
             PreparedStatement tokens = connection.prepareStatement(INSERT_TOKEN)) {
            boolean renamed = false;
            for (int i = 0; i < updates.size(); i++) {
                ImportPlanner.Update u = updates.get(i);
                for (FieldChange change : u.changes()) {
                    fields.setLong(1, revisionIds[i]);
                    fields.setString(2, change.field());
                    fields.setString(3, change.oldValue());
                    fields.setString(4, change.newValue());
                    fields.addBatch();
                }
                if (u.nameChanged()) {
                    renamed = true;
                    delete.setLong(1, u.member().id());
                    delete.addBatch();
                    addTokens(tokens, u.member().id(), u.member().name());
                }
            }
            fields.executeBatch();
            if (renamed) {
                delete.executeBatch();
                tokens.executeBatch();
            }
        }
        updated += updates.size();
        updates.clear();
    }

    private static void addTokens(PreparedStatement ps, long memberId, PersonName name) throws SQLException {
        List<String> words = name.tokens();
        for (int position = 0; position < words.size(); position++) {
            ps.setLong(1, memberId);
            ps.setShort(2, (short) position);
            ps.setString(3, words.get(position));
            ps.addBatch();
        }
    }

    /** Binds the dossier columns in MEMBER_COLUMNS order; returns the next parameter index. */
    private static int bindMember(PreparedStatement ps, Member m) throws SQLException {
        PersonName name = m.name();
        ps.setString(1, name.fullName());
        ps.setString(2, m.otherNames());
        ps.setString(3, m.sex().name());
        setDate(ps, 4, m.birthDate());
        ps.setString(5, m.birthplace());
        ps.setString(6, m.residence());
        ps.setString(7, m.ethnicity());
        ps.setString(8, m.religion());
        ps.setString(9, m.citizenId());
        ps.setString(10, m.occupation());
        ps.setString(11, m.generalEducation());
        ps.setString(12, m.professionalQualification());
        ps.setString(13, m.politicalTheory() == null ? null : m.politicalTheory().name());
        ps.setString(14, m.foreignLanguage());
        ps.setString(15, m.itLevel());
        setDate(ps, 16, m.admissionDate());
        setDate(ps, 17, m.fullMembershipDate());
        ps.setString(18, m.partyCardNumber());
        ps.setString(19, m.status().name());
        ps.setLong(20, m.cell().id());
        ps.setString(21, name.searchForm());
        ps.setString(22, name.sortKey());
        return 23;
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }

    /** A database error while writing: the import's transaction is rolled back. */
    static final class ImportFailed extends RuntimeException {
        ImportFailed(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
