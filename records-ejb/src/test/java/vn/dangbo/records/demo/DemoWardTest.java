package vn.dangbo.records.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.records.demo.DemoWard.Account;
import vn.dangbo.records.demo.DemoWard.Member;
import vn.dangbo.records.demo.DemoWard.Position;
import vn.dangbo.records.demo.DemoWard.PositionRole;
import vn.dangbo.records.demo.DemoWard.Spec;
import vn.dangbo.records.demo.DemoWard.Unit;
import vn.dangbo.records.demo.DemoWard.UnitKind;
import vn.dangbo.records.member.CitizenId;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.member.PersonName;
import vn.dangbo.records.member.Sex;

class DemoWardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");

    private static DemoWard demo;
    private static DemoWard bench;
    private static long benchMillis;

    @BeforeAll
    static void build() {
        demo = DemoWard.build(Spec.demo(TODAY));
        long start = System.nanoTime();
        bench = DemoWard.build(Spec.bench(TODAY));
        benchMillis = (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void sameSpecGivesSameWard() {
        assertEquals(demo, DemoWard.build(Spec.demo(TODAY)));
    }

    @Test
    void anotherSeedGivesAnotherWard() {
        Spec other = new Spec("Sông Xanh", 1, 4, 10, 1_300, 7L, TODAY);
        DemoWard ward = DemoWard.build(other);
        assertNotEquals(demo.members().subList(6, 100), ward.members().subList(6, 100));
        // The accounts are the same people whatever the seed.
        for (int id = 1; id <= DemoWard.FIXED_MEMBERS; id++) {
            assertEquals(demo.member(id).fullName(), ward.member(id).fullName());
        }
    }

    @Test
    void todayOnlyShiftsTheDates() {
        DemoWard later = DemoWard.build(Spec.demo(TODAY.plusYears(1)));
        for (int i = 0; i < demo.members().size(); i++) {
            Member a = demo.members().get(i);
            Member b = later.members().get(i);
            assertEquals(a.fullName(), b.fullName());
            assertEquals(a.sex(), b.sex());
            assertEquals(a.status(), b.status());
            assertEquals(a.cellId(), b.cellId());
            long days = ChronoUnit.DAYS.between(a.birthDate(), b.birthDate());
            assertTrue(days == 365 || days == 366, a.fullName() + ": " + days);
        }
    }

    @Test
    void unitsFormTheTree() {
        List<Unit> units = demo.units();
        for (int i = 0; i < units.size(); i++) {
            assertEquals(i + 1L, units.get(i).id());
        }
        Unit ward = demo.unit(DemoWard.WARD_UNIT_ID);
        assertEquals(UnitKind.WARD, ward.kind());
        assertNull(ward.parentId());
        assertEquals("Đảng bộ phường Sông Xanh", ward.name());
        Set<String> names = new HashSet<>();
        for (Unit u : units) {
            assertTrue(names.add(u.name()), "unit names are unique: " + u.name());
            assertNotNull(u.establishedOn());
            if (u.kind() != UnitKind.WARD) {
                assertNotNull(u.parentId());
                assertTrue(u.parentId() < u.id(), "parents come first");
                UnitKind parentKind = demo.unit(u.parentId()).kind();
                assertTrue(parentKind == UnitKind.WARD || (u.kind() == UnitKind.CELL && parentKind == UnitKind.SUB));
            }
            if (u.kind() == UnitKind.CELL) {
                assertTrue(u.name().startsWith("Chi bộ "), u.name());
            } else if (u.kind() == UnitKind.SUB) {
                assertTrue(u.name().startsWith("Đảng bộ bộ phận "), u.name());
            }
        }
        assertTrue(names.contains("Chi bộ Cơ quan phường"));
        assertTrue(names.contains("Chi bộ Quân sự phường"));
        assertTrue(names.contains("Chi bộ Công an phường"));
        assertTrue(names.contains("Chi bộ Khu phố 3"));
    }

    @Test
    void demoCounts() {
        List<Unit> cells = demo.cells();
        assertEquals(14, cells.size());
        assertTrue(cells.size() >= 12);
        long subs = demo.units().stream().filter(u -> u.kind() == UnitKind.SUB).count();
        assertEquals(1, subs);
        Unit sub = demo.units().stream().filter(u -> u.kind() == UnitKind.SUB).findFirst().orElseThrow();
        assertEquals(4, cells.stream().filter(c -> sub.id() == c.parentId()).count());
        assertEquals(10, cells.stream().filter(c -> c.parentId() == DemoWard.WARD_UNIT_ID).count());
        int members = demo.members().size();
        assertTrue(members >= 1_250 && members <= 1_350, "members: " + members);
        for (Unit cell : cells) {
            assertTrue(demo.membersOf(cell.id()).size() >= 10, cell.name() + " is too small");
        }
    }

    @Test
    void benchCountsAndSpeed() {
        assertEquals(110, bench.cells().size());
        assertEquals(150_000, bench.members().size());
        assertEquals(10, bench.units().stream().filter(u -> u.kind() == UnitKind.SUB).count());
        assertEquals(30, bench.cells().stream().filter(c -> c.parentId() == DemoWard.WARD_UNIT_ID).count());
        // Under 3 s on the development machine (about 0.5-1 s); the bound leaves room for a busy build.
        assertTrue(benchMillis < 10_000, "building the bench ward took " + benchMillis + " ms");
        checkIdentityNumbers(bench);
        checkPositions(bench);
    }

    @Test
    void theAccountsAreTheFirstSixMembers() {
        List<Account> accounts = DemoWard.ACCOUNTS;
        assertEquals(7, accounts.size());
        Set<String> usernames = new HashSet<>();
        for (Account a : accounts) {
            assertTrue(usernames.add(a.username()));
            assertTrue(a.roles().contains("member") == (a.memberId() != null), a.username());
            assertEquals(a.displayName(), a.lastName() + " " + a.firstName());
            assertTrue(a.email().endsWith("@demo.invalid"));
            if (a.memberId() != null) {
                Member m = demo.member(a.memberId());
                assertEquals(a.displayName(), m.fullName(), a.username());
                assertEquals(a.roles().contains("secretary"), !currentPositions(demo, m.id()).isEmpty(), a.username());
            }
        }
        assertEquals(List.of("bithu.cb01", "bithu.cb02", "canbo.tochuc", "dangvien.01", "dangvien.02",
                "daibieu.01", "quantri"), accounts.stream().map(Account::username).toList());
        assertEquals("Trần Văn", accounts.get(0).lastName());
        assertEquals("Bình", accounts.get(0).firstName());

        Unit firstCell = demo.cells().get(0);
        assertEquals("Chi bộ Khu phố 1", firstCell.name());

        Member m1 = demo.member(1);
        assertEquals(firstCell.id(), m1.cellId());
        assertEquals(MemberStatus.FULL, m1.status());
        assertEquals(List.of(PositionRole.SECRETARY),
                currentPositions(demo, 1).stream().map(Position::role).toList());
        assertEquals(firstCell.id(), currentPositions(demo, 1).get(0).unitId());

        Member m2 = demo.member(2);
        Unit cell2 = demo.unit(m2.cellId());
        assertEquals(UnitKind.CELL, cell2.kind());
        assertEquals(UnitKind.SUB, demo.unit(cell2.parentId()).kind());
        assertEquals(MemberStatus.FULL, m2.status());
        assertEquals(List.of(PositionRole.SECRETARY),
                currentPositions(demo, 2).stream().map(Position::role).toList());
        assertEquals(cell2.id(), currentPositions(demo, 2).get(0).unitId());

        Member m3 = demo.member(3);
        assertEquals("Chi bộ Cơ quan phường", demo.unit(m3.cellId()).name());
        assertEquals(MemberStatus.FULL, m3.status());

        Member m4 = demo.member(4);
        assertEquals(m1.cellId(), m4.cellId());
        assertEquals(MemberStatus.FULL, m4.status());
        assertTrue(positions(demo, 4).isEmpty());

        Member m5 = demo.member(5);
        assertEquals(m2.cellId(), m5.cellId());
        assertEquals(MemberStatus.PROBATIONARY, m5.status());
        assertNull(m5.fullMembershipDate());
        assertNull(m5.partyCardNumber());
        assertTrue(positions(demo, 5).isEmpty());

        Member m6 = demo.member(6);
        assertEquals(MemberStatus.FULL, m6.status());
        assertTrue(positions(demo, 6).isEmpty());

        // The same in the benchmark ward.
        for (int id = 1; id <= DemoWard.FIXED_MEMBERS; id++) {
            assertEquals(demo.member(id).fullName(), bench.member(id).fullName());
            assertEquals(demo.unit(demo.member(id).cellId()).name(), bench.unit(bench.member(id).cellId()).name());
        }
    }

    @Test
    void citizenIdsAndPartyCardsAreValidAndUnique() {
        checkIdentityNumbers(demo);
    }

    private static void checkIdentityNumbers(DemoWard ward) {
        Set<String> citizenIds = new HashSet<>();
        Set<String> cards = new HashSet<>();
        for (Member m : ward.members()) {
            String id = m.citizenId();
            assertNotNull(id);
            assertTrue(TWELVE_DIGITS.matcher(id).matches(), id);
            assertTrue(citizenIds.add(id), "duplicate citizen ID " + id);
            CitizenId parsed = new CitizenId(id);
            parsed.checkMatches(m.sex(), m.birthDate());
            assertEquals(CitizenId.sexCenturyDigit(m.sex(), m.birthDate().getYear()), id.charAt(3));

            String card = m.partyCardNumber();
            if (card == null) {
                assertEquals(MemberStatus.PROBATIONARY, m.status(), "only probationary members lack a card");
            } else {
                assertTrue(EIGHT_DIGITS.matcher(card).matches(), card);
                assertTrue(cards.add(card), "duplicate party card " + card);
            }
        }
        assertTrue(cards.stream().anyMatch(c -> c.startsWith("0")), "some cards start with 0");
    }

    @Test
    void datesFollowTheRules() {
        LocalDate today = demo.spec().today();
        for (Member m : demo.members()) {
            String who = m.id() + " " + m.fullName();
            assertTrue(m.birthDate().getYear() >= 1940 && m.birthDate().getYear() <= 2002, who);
            assertNotNull(m.admissionDate(), who);
            assertFalse(m.admissionDate().isBefore(m.birthDate().plusYears(18)), who + " admitted before 18");
            assertFalse(m.admissionDate().isAfter(today), who);
            boolean recent = m.admissionDate().isAfter(today.minusMonths(12));
            boolean probationary = m.status() == MemberStatus.PROBATIONARY;
            assertEquals(probationary, recent && m.fullMembershipDate() == null, who);
            if (!probationary) {
                assertEquals(m.admissionDate().plusMonths(12), m.fullMembershipDate(), who);
                assertFalse(m.fullMembershipDate().isAfter(today), who);
            }
        }
    }

    @Test
    void dossiersLookReal() {
        Map<MemberStatus, Integer> statuses = new HashMap<>();
        int women = 0;
        int nguyen = 0;
        int kinh = 0;
        boolean sawD = false;
        boolean sawCircumflex = false;
        for (Member m : bench.members()) {
            statuses.merge(m.status(), 1, Integer::sum);
            if (m.sex() == Sex.FEMALE) {
                women++;
            }
            if (m.id() % 10 == 0) { // the name rules on a sample: folding 150,000 names takes a while
                PersonName name = m.name();
                assertEquals(name.fullName(), m.fullName(), "names are stored clean");
                assertTrue(name.tokens().size() >= 3);
            }
            if (m.fullName().startsWith("Nguyễn ")) {
                nguyen++;
            }
            if ("Kinh".equals(m.ethnicity())) {
                kinh++;
            }
            String given = m.fullName().substring(m.fullName().lastIndexOf(' ') + 1);
            sawD |= given.startsWith("Đ");
            sawCircumflex |= given.startsWith("Â") || given.startsWith("Ấ");
            assertNotNull(m.birthplace());
            assertNotNull(m.residence());
            assertNotNull(m.religion());
            assertNotNull(m.occupation());
            assertNotNull(m.generalEducation());
            assertNotNull(m.politicalTheory());
        }
        int n = bench.members().size();
        assertTrue(sawD && sawCircumflex);
        assertBetween("women", women, n, 0.40, 0.50);
        assertBetween("Nguyễn", nguyen, n, 0.33, 0.43);
        assertBetween("Kinh", kinh, n, 0.92, 0.98);
        assertBetween("full", statuses.get(MemberStatus.FULL), n, 0.70, 0.85);
        assertBetween("probationary", statuses.get(MemberStatus.PROBATIONARY), n, 0.04, 0.08);
        assertBetween("exempt", statuses.get(MemberStatus.EXEMPT), n, 0.06, 0.11);
        assertBetween("transferred", statuses.get(MemberStatus.TRANSFERRED_OUT), n, 0.005, 0.02);
        assertBetween("deceased", statuses.get(MemberStatus.DECEASED), n, 0.005, 0.02);
        assertBetween("removed", statuses.get(MemberStatus.REMOVED), n, 0.005, 0.02);
        assertBetween("expelled", statuses.get(MemberStatus.EXPELLED), n, 0.0005, 0.005);
    }

    private static void assertBetween(String what, int count, int total, double low, double high) {
        double share = (double) count / total;
        assertTrue(share >= low && share <= high, what + ": " + share);
    }

    @Test
    void everyCellHasOneSecretaryAndOneDeputy() {
        checkPositions(demo);
        assertTrue(demo.positions().stream().anyMatch(p -> !p.current()), "some cells show an earlier term");
    }

    private static void checkPositions(DemoWard ward) {
        Map<Long, Integer> secretaries = new HashMap<>();
        Map<Long, Integer> deputies = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        for (Position p : ward.positions()) {
            assertTrue(ids.add(p.id()));
            Unit unit = ward.unit(p.unitId());
            assertEquals(UnitKind.CELL, unit.kind());
            Member m = ward.member(p.memberId());
            assertEquals(unit.id(), m.cellId(), "position holders belong to the cell");
            assertFalse(p.startDate().isAfter(ward.spec().today()));
            if (p.current()) {
                assertEquals(MemberStatus.FULL, m.status(), "current leaders are full members");
                assertFalse(m.fullMembershipDate().isAfter(p.startDate()));
                (p.role() == PositionRole.SECRETARY ? secretaries : deputies).merge(unit.id(), 1, Integer::sum);
            } else {
                assertTrue(p.endDate().isAfter(p.startDate()));
                assertFalse(m.fullMembershipDate().isAfter(p.startDate()));
            }
        }
        for (Unit cell : ward.cells()) {
            assertEquals(1, secretaries.getOrDefault(cell.id(), 0), cell.name());
            assertEquals(1, deputies.getOrDefault(cell.id(), 0), cell.name());
        }
        // Nobody holds two current positions.
        Set<Long> holders = new HashSet<>();
        for (Position p : ward.currentPositions()) {
            if (!holders.add(p.memberId())) {
                fail("member " + p.memberId() + " holds two positions");
            }
        }
    }

    @Test
    void writerSendsChunkedBatchesAndLeavesTheTransactionAlone() throws SQLException {
        List<Recorded> statements = new ArrayList<>();
        InvocationHandler connection = (proxy, method, args) -> switch (method.getName()) {
            case "prepareStatement" -> {
                Recorded r = new Recorded((String) args[0]);
                statements.add(r);
                yield r.proxy();
            }
            case "commit", "rollback", "setAutoCommit", "close" ->
                    throw new AssertionError("the caller owns the connection: " + method.getName());
            default -> throw new UnsupportedOperationException(method.getName());
        };
        Connection c = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, connection);

        DemoWardWriter.Counts counts = DemoWardWriter.write(c, demo);

        int tokens = demo.members().stream().mapToInt(m -> m.name().tokens().size()).sum();
        assertEquals(new DemoWardWriter.Counts(demo.units().size(), demo.members().size(), tokens,
                demo.positions().size(), 1), counts);
        List<String> tables = statements.stream().map(r -> r.sql.split(" ")[2]).toList();
        assertEquals(List.of("party_unit", "member", "member_name_token", "unit_position", "audit_entry"), tables);
        for (Recorded r : statements) {
            assertTrue(r.closed, r.sql);
            assertEquals(0, r.pending, "every batch is executed: " + r.sql);
            long placeholders = r.sql.chars().filter(ch -> ch == '?').count();
            assertEquals(placeholders, r.maxIndex, "every column is bound: " + r.sql);
            for (int size : r.batches) {
                assertTrue(size > 0 && size <= DemoWardWriter.CHUNK, r.sql + ": " + size);
            }
        }
        assertEquals(List.of(1_000, 300), statements.get(1).batches);
        assertEquals(1, statements.get(4).updates);
    }

    /** A PreparedStatement that records what the writer does with it. */
    private static final class Recorded {
        final String sql;
        final List<Integer> batches = new ArrayList<>();
        int pending;
        int maxIndex;
        int updates;
        boolean closed;

        Recorded(String sql) {
            this.sql = sql;
        }

        PreparedStatement proxy() {
            InvocationHandler handler = (proxy, method, args) -> {
                String name = method.getName();
                if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer i) {
                    maxIndex = Math.max(maxIndex, i);
                    return null;
                }
                switch (name) {
                    case "addBatch" -> pending++;
                    case "executeBatch" -> {
                        batches.add(pending);
                        int[] result = new int[pending];
                        pending = 0;
                        return result;
                    }
                    case "clearBatch" -> pending = 0;
                    case "executeUpdate" -> {
                        updates++;
                        return 1;
                    }
                    case "close" -> closed = true;
                    default -> throw new UnsupportedOperationException(name);
                }
                return null;
            };
            return (PreparedStatement) Proxy.newProxyInstance(DemoWardTest.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, handler);
        }
    }

    private static List<Position> positions(DemoWard ward, long memberId) {
        return ward.positions().stream().filter(p -> p.memberId() == memberId).toList();
    }

    private static List<Position> currentPositions(DemoWard ward, long memberId) {
        return ward.currentPositions().stream().filter(p -> p.memberId() == memberId).toList();
    }
}
