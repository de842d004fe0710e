package vn.dangbo.records.congress;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The invented demo congress of the demo ward, being prepared: 150 official delegates and 5 alternates picked
 * from the ward's full members (the cells' secretaries ex officio, the rest elected by their cells), 5 guests,
 * 8 discussion groups, a hall of 11 rows that seats everyone, the four bodies and two sessions with check-in
 * still closed. The demo account {@code daibieu.01} (member 6) is an official delegate on the secretariat, so
 * the tour can open check-in and show the kiosk; officers are the organising board by their role.
 *
 * <p>Written once: {@link #writeIfAbsent} does nothing when a congress of that name exists, so it can run at
 * every start of a demo database, including one seeded before congresses existed.
 */
public final class DemoCongress {

    public static final int OFFICIALS = 150;
    public static final int ALTERNATES = 5;
    public static final int GROUPS = 8;
    /** Rows A–K: ten of 16 seats and a last one of 8 (168 seats for 160 people). */
    static final int SEATS_PER_ROW = 16;
    static final int ROWS = 11;
    static final long DELEGATE_ACCOUNT_MEMBER = 6L;
    private static final ZoneId WARD_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private DemoCongress() {
    }

    /** A full member who may be picked: their dossier, cell, and whether they lead a unit (ex officio). */
    public record Candidate(long memberId, String fullName, long cellId, String cellName, boolean leader) {
    }

    public record Guest(String fullName, String office) {
    }

    /** One person on the demo list and where they sit. {@code memberId} is null for a guest. */
    public record Seat(Long memberId, String fullName, DelegateKind kind, DelegateBasis basis, String delegation,
                       int group, String row, int number) {
    }

    public record Plan(List<String> rows, List<Integer> seatsPerRow, List<String> groups, List<Seat> people,
                       Map<CongressBody, List<Long>> bodies) {
    }

    static final List<Guest> GUESTS = List.of(
            new Guest("Nguyễn Văn Hưng", "Ủy viên Ban Thường vụ Quận ủy"),
            new Guest("Trần Thị Mai Lan", "Phó Trưởng Ban Tổ chức Quận ủy"),
            new Guest("Lê Quang Vinh", "Nguyên Bí thư Đảng ủy phường"),
            new Guest("Phạm Thị Hồng Nhung", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
            new Guest("Đặng Minh Tuấn", "Bí thư Đoàn TNCS Hồ Chí Minh phường"));

    public static String name(String wardName) {
        return "Đại hội đại biểu Đảng bộ phường " + wardName + " lần thứ I, nhiệm kỳ 2025-2030";
    }

    /**
     * Picks and seats the demo list from the candidates (in member id order): member 6 and the unit leaders
     * first, then the others taking turns cell by cell so every cell is represented; seated group by group
     * from row A, the guests in the front row.
     */
    public static Plan plan(List<Candidate> candidates) {
        List<Candidate> picked = new ArrayList<>();
        candidates.stream().filter(c -> c.memberId() == DELEGATE_ACCOUNT_MEMBER).findFirst().ifPresent(picked::add);
        for (Candidate c : candidates) {
            if (c.leader() && picked.size() < OFFICIALS && !picked.contains(c)) {
                picked.add(c);
            }
        }
        Map<Long, List<Candidate>> byCell = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (!picked.contains(c)) {
                byCell.computeIfAbsent(c.cellId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Candidate> alternates = new ArrayList<>();
        for (int turn = 0; picked.size() + alternates.size() < OFFICIALS + ALTERNATES; turn++) {
            boolean any = false;
            for (List<Candidate> cell : byCell.values()) {
                if (turn < cell.size() && picked.size() + alternates.size() < OFFICIALS + ALTERNATES) {
                    (picked.size() < OFFICIALS ? picked : alternates).add(cell.get(turn));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        // Delegations sit together: the list in cell order is cut into 8 groups of nearly equal size.
        List<Candidate> ordered = new ArrayList<>(picked);
        ordered.sort(Comparator.comparingLong(Candidate::cellId).thenComparingLong(Candidate::memberId));
        List<String> rows = new ArrayList<>();
        List<Integer> seats = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            rows.add(String.valueOf((char) ('A' + r)));
            seats.add(r == ROWS - 1 ? SEATS_PER_ROW / 2 : SEATS_PER_ROW);
        }
        List<String> groups = new ArrayList<>();
        for (int g = 1; g <= GROUPS; g++) {
            groups.add("Tổ thảo luận số " + g);
        }
        List<Seat> people = new ArrayList<>();
        int[] next = {0};
        java.util.function.Supplier<int[]> seat = () -> {
            int i = next[0]++;
            return new int[] {i / SEATS_PER_ROW, i % SEATS_PER_ROW + 1};
        };
        for (Guest g : GUESTS) {
            int[] s = seat.get();
            people.add(new Seat(null, g.fullName(), DelegateKind.GUEST, null, g.office(), -1, rows.get(s[0]), s[1]));
        }
        for (int i = 0; i < ordered.size(); i++) {
            Candidate c = ordered.get(i);
            int[] s = seat.get();
            people.add(new Seat(c.memberId(), c.fullName(), DelegateKind.OFFICIAL,
                    c.leader() ? DelegateBasis.EX_OFFICIO : DelegateBasis.ELECTED, c.cellName(),
                    i * GROUPS / ordered.size(), rows.get(s[0]), s[1]));
        }
        for (Candidate c : alternates) {
            int[] s = seat.get();
            people.add(new Seat(c.memberId(), c.fullName(), DelegateKind.ALTERNATE, DelegateBasis.ELECTED,
                    c.cellName(), GROUPS - 1, rows.get(s[0]), s[1]));
        }
        // Bodies from the picked order (leaders first), never the same person twice; member 6 on the secretariat.
        List<Long> pool = new ArrayList<>(picked.stream().map(Candidate::memberId)
                .filter(id -> id != DELEGATE_ACCOUNT_MEMBER).toList());
        Map<CongressBody, List<Long>> bodies = new LinkedHashMap<>();
        bodies.put(CongressBody.PRESIDIUM, take(pool, 7));
        List<Long> secretariat = new ArrayList<>(take(pool, 2));
        if (picked.stream().anyMatch(c -> c.memberId() == DELEGATE_ACCOUNT_MEMBER)) {
            secretariat.add(DELEGATE_ACCOUNT_MEMBER);
        } else {
            secretariat.addAll(take(pool, 1));
        }
        bodies.put(CongressBody.SECRETARIAT, secretariat);
        bodies.put(CongressBody.CREDENTIALS, take(pool, 5));
        bodies.put(CongressBody.COUNTING, take(pool, 5));
        return new Plan(rows, seats, groups, people, bodies);
    }

    private static List<Long> take(List<Long> pool, int n) {
        List<Long> out = new ArrayList<>(pool.subList(0, Math.min(n, pool.size())));
        pool.subList(0, out.size()).clear();
        return out;
    }

    /** Writes the demo congress unless one of that name exists; true when it wrote it. */
    public static boolean writeIfAbsent(Connection c, String wardName, LocalDate today) throws SQLException {
        String name = name(wardName);
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM congress WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return false;
                }
            }
        }
        List<Candidate> candidates = candidates(c);
        if (candidates.size() < OFFICIALS + ALTERNATES) {
            return false;
        }
        write(c, name, plan(candidates), today);
        return true;
    }

    /**
     * True when the database holds the generated demo ward (its delegate account's dossier is there under the demo
     * name): a database with real members never gets an invented congress added later.
     */
    public static boolean isDemoWard(Connection c, String delegateAccountName) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT full_name FROM member WHERE id = ?")) {
            ps.setLong(1, DELEGATE_ACCOUNT_MEMBER);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && delegateAccountName.equals(rs.getString(1));
            }
        }
    }

    private static List<Candidate> candidates(Connection c) throws SQLException {
        List<Candidate> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT m.id, m.full_name, m.cell_id, u.name,
                       EXISTS (SELECT 1 FROM unit_position p WHERE p.member_id = m.id AND p.end_date IS NULL)
                FROM member m JOIN party_unit u ON u.id = m.cell_id
                WHERE m.status = 'FULL' AND u.dissolved_on IS NULL
                ORDER BY m.id""")) {
            while (rs.next()) {
                out.add(new Candidate(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getBoolean(5)));
            }
        }
        return out;
    }

    private static void write(Connection c, String name, Plan plan, LocalDate today) throws SQLException {
        LocalDate first = today.plusDays(7);
        Timestamp now = Timestamp.from(Instant.now());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        long congressId;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO congress (name, level, term, starts_on, ends_on, venue, status, card_key, created_by,
                                      created_at) VALUES (?, 'WARD', '2025-2030', ?, ?, ?, 'PREPARING', ?, ?, ?)""",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setObject(2, first);
            ps.setObject(3, first.plusDays(1));
            ps.setString(4, "Hội trường Ủy ban nhân dân phường");
            ps.setBytes(5, key);
            ps.setString(6, "canbo.tochuc");
            ps.setTimestamp(7, now);
            ps.executeUpdate();
            congressId = generatedKey(ps);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO congress_seat_row (congress_id, ordinal, label, seats) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < plan.rows().size(); i++) {
                ps.setLong(1, congressId);
                ps.setInt(2, i);
                ps.setString(3, plan.rows().get(i));
                ps.setInt(4, plan.seatsPerRow().get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO congress_session (congress_id, ordinal, name,"
                + " starts_at) VALUES (?, ?, ?, ?)")) {
            String[] names = {"Phiên trù bị", "Phiên chính thức"};
            for (int i = 0; i < names.length; i++) {
                ps.setLong(1, congressId);
                ps.setInt(2, i + 1);
                ps.setString(3, names[i]);
                ps.setTimestamp(4, Timestamp.from(first.plusDays(i).atTime(LocalTime.of(7, 30)).atZone(WARD_ZONE)
                        .toInstant()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<Long> groupIds = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO congress_group (congress_id, name) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (String g : plan.groups()) {
                ps.setLong(1, congressId);
                ps.setString(2, g);
                ps.executeUpdate();
                groupIds.add(generatedKey(ps));
            }
        }
        Map<Long, Long> delegateOfMember = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO congress_delegate (congress_id, kind, basis, member_id, full_name, delegation, group_id,
                                               seat_row, seat_number, status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'CONVENED', ?)""", Statement.RETURN_GENERATED_KEYS)) {
            for (Seat s : plan.people()) {
                ps.setLong(1, congressId);
                ps.setString(2, s.kind().name());
                ps.setString(3, s.basis() == null ? null : s.basis().name());
                ps.setObject(4, s.memberId());
                ps.setString(5, s.fullName());
                ps.setString(6, s.delegation());
                ps.setObject(7, s.group() < 0 ? null : groupIds.get(s.group()));
                ps.setString(8, s.row());
                ps.setInt(9, s.number());
                ps.setTimestamp(10, now);
                ps.executeUpdate();
                if (s.memberId() != null) {
                    delegateOfMember.put(s.memberId(), generatedKey(ps));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO congress_body_member (congress_id, body, delegate_id, head) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<CongressBody, List<Long>> b : plan.bodies().entrySet()) {
                for (int i = 0; i < b.getValue().size(); i++) {
                    ps.setLong(1, congressId);
                    ps.setString(2, b.getKey().name());
                    ps.setLong(3, delegateOfMember.get(b.getValue().get(i)));
                    ps.setBoolean(4, i == 0);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
