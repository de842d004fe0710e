package vn.dangbo.records.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.member.PersonName;
import vn.dangbo.records.member.PoliticalTheory;
import vn.dangbo.records.member.Sex;

/**
 * An invented ward party organisation for demonstrations, tests and benchmarks: its units, members and
 * leadership positions, built in memory from a {@link Spec} and written to the database by
 * {@link DemoWardWriter}.
 *
 * <p>Everything is invented: the ward, the names, the addresses, the citizen IDs and the party card
 * numbers. The same {@code Spec} always gives the same ward; {@code today} only shifts the dates.
 *
 * <p>Identifiers are fixed so that other artefacts can refer to them: the ward committee is unit 1,
 * the sub-committees follow, then the cells directly under the ward (the first of them is
 * "Chi bộ Khu phố 1"), then the cells of each sub-committee. Members 1 to 6 are the demo accounts of
 * {@link #ACCOUNTS}, which the Keycloak realm ({@code keycloak/realm-ward.json}) links by
 * {@code member_id}.
 */
public record DemoWard(Spec spec, List<Unit> units, List<Member> members, List<Position> positions) {

    /** The password of every demo account in the demo realm. */
    public static final String DEMO_PASSWORD = "demo";

    /** The e-mail domain of the demo accounts (.invalid can never be delivered). */
    public static final String EMAIL_DOMAIN = "demo.invalid";

    /** The unit id of the ward committee. */
    public static final long WARD_UNIT_ID = 1L;

    /**
     * The demo accounts. The first six are members 1 to 6 of every generated ward; the last one is the
     * system administrator, who has no member dossier. The names are invented.
     */
    public static final List<Account> ACCOUNTS = List.of(
            new Account("bithu.cb01", 1L, List.of("secretary", "member"), "Trần Văn Bình",
                    "Bí thư Chi bộ Khu phố 1 (chi bộ trực thuộc Đảng bộ phường)"),
            new Account("bithu.cb02", 2L, List.of("secretary", "member"), "Lê Thị Thu Hằng",
                    "Bí thư Chi bộ Tổ dân phố 1 (thuộc Đảng bộ bộ phận đầu tiên)"),
            new Account("canbo.tochuc", 3L, List.of("officer", "member"), "Phạm Minh Đức",
                    "Cán bộ tổ chức, Ban Xây dựng Đảng; đảng viên Chi bộ Cơ quan phường"),
            new Account("dangvien.01", 4L, List.of("member"), "Nguyễn Thị Đào",
                    "Đảng viên chính thức, Chi bộ Khu phố 1"),
            new Account("dangvien.02", 5L, List.of("member"), "Võ Quốc Anh",
                    "Đảng viên dự bị, Chi bộ Tổ dân phố 1"),
            new Account("daibieu.01", 6L, List.of("member", "delegate"), "Hoàng Ngọc Ánh",
                    "Đảng viên chính thức, đại biểu dự Đại hội; chi bộ trường học"),
            new Account("quantri", null, List.of("admin", "officer"), "Đỗ Hoàng Long",
                    "Quản trị hệ thống (không có hồ sơ đảng viên)"));

    /** Number of fixed members at the start of {@link #members()}: the accounts with a member id. */
    public static final int FIXED_MEMBERS = 6;

    public DemoWard {
        Objects.requireNonNull(spec, "spec");
        units = List.copyOf(units);
        members = List.copyOf(members);
        positions = List.copyOf(positions);
    }

    /** Builds the ward described by {@code spec}; deterministic for a given spec. */
    public static DemoWard build(Spec spec) {
        return new DemoWardGenerator(spec).build();
    }

    /** The unit with this id (ids are 1..n in list order). */
    public Unit unit(long id) {
        return units.get((int) (id - 1));
    }

    /** The member with this id (ids are 1..n in list order). */
    public Member member(long id) {
        return members.get((int) (id - 1));
    }

    /** The cells, in id order. */
    public List<Unit> cells() {
        return units.stream().filter(u -> u.kind() == UnitKind.CELL).toList();
    }

    /** The positions held today (no end date). */
    public List<Position> currentPositions() {
        return positions.stream().filter(Position::current).toList();
    }

    /** The members of one cell, in id order. */
    public List<Member> membersOf(long cellId) {
        List<Member> result = new ArrayList<>();
        for (Member m : members) {
            if (m.cellId() == cellId) {
                result.add(m);
            }
        }
        return result;
    }

    /**
     * What to build.
     *
     * @param wardName             the ward's place name without "phường", e.g. "Sông Xanh"
     * @param subCommittees        sub-committees (Đảng bộ bộ phận) under the ward, at least 1
     * @param cellsPerSubCommittee cells in each sub-committee, at least 1
     * @param directCells          cells directly under the ward, at least 2 (Khu phố 1 and Cơ quan phường)
     * @param members              members in all, including the six fixed ones
     * @param seed                 the seed of every random choice
     * @param today                the day the data is "as of": ages, admissions and terms are relative to it
     */
    public record Spec(String wardName, int subCommittees, int cellsPerSubCommittee, int directCells,
                       int members, long seed, LocalDate today) {

        public Spec {
            Objects.requireNonNull(wardName, "wardName");
            Objects.requireNonNull(today, "today");
            if (wardName.isBlank()) {
                throw new IllegalArgumentException("empty ward name");
            }
            if (subCommittees < 1 || cellsPerSubCommittee < 1) {
                throw new IllegalArgumentException("at least one sub-committee with one cell is needed");
            }
            if (directCells < 2) {
                throw new IllegalArgumentException("at least two direct cells are needed");
            }
            int cells = subCommittees * cellsPerSubCommittee + directCells;
            if (members < FIXED_MEMBERS + 2 * cells) {
                throw new IllegalArgumentException("too few members: every cell needs a secretary and a deputy");
            }
        }

        /**
         * The demo ward: one ward committee, one sub-committee with 4 cells and 10 cells directly under
         * the ward (14 cells), 1,300 members.
         */
        public static Spec demo(LocalDate today) {
            return new Spec("Sông Xanh", 1, 4, 10, 1_300, 20_250_812L, today);
        }

        /** The benchmark ward: 150,000 members in 110 cells (10 sub-committees of 8 cells and 30 direct cells). */
        public static Spec bench(LocalDate today) {
            return new Spec("Sông Xanh", 10, 8, 30, 150_000, 150_000L, today);
        }

        public int cells() {
            return subCommittees * cellsPerSubCommittee + directCells;
        }

        /** Units in all: the ward, its sub-committees and the cells. */
        public int units() {
            return 1 + subCommittees + cells();
        }
    }

    public enum UnitKind {
        WARD, SUB, CELL
    }

    public enum PositionRole {
        SECRETARY, DEPUTY_SECRETARY
    }

    /** A row of party_unit. {@code parentId} is null for the ward. */
    public record Unit(long id, UnitKind kind, String name, Long parentId, LocalDate establishedOn) {
    }

    /** A row of member (form 2-HSĐV core). Dates are null where the dossier has none. */
    public record Member(long id, String fullName, String otherNames, Sex sex, LocalDate birthDate,
                         String birthplace, String residence, String ethnicity, String religion,
                         String citizenId, String occupation, String generalEducation,
                         String professionalQualification, PoliticalTheory politicalTheory,
                         String foreignLanguage, String itLevel, LocalDate admissionDate,
                         LocalDate fullMembershipDate, String partyCardNumber, MemberStatus status,
                         long cellId) {

        public PersonName name() {
            return new PersonName(fullName);
        }

        Member withPoliticalTheory(PoliticalTheory theory) {
            return new Member(id, fullName, otherNames, sex, birthDate, birthplace, residence, ethnicity,
                    religion, citizenId, occupation, generalEducation, professionalQualification, theory,
                    foreignLanguage, itLevel, admissionDate, fullMembershipDate, partyCardNumber, status, cellId);
        }
    }

    /** A row of unit_position: a term of office; {@code endDate} is null while it lasts. */
    public record Position(long id, long unitId, long memberId, PositionRole role, LocalDate startDate,
                           LocalDate endDate) {

        public boolean current() {
            return endDate == null;
        }
    }

    /**
     * A demo account of the Keycloak realm.
     *
     * @param username    the login name
     * @param memberId    the member it is linked to (the {@code member_id} attribute), null for none
     * @param roles       realm roles
     * @param displayName the full name, family name first
     * @param description what the account shows in the demo
     */
    public record Account(String username, Long memberId, List<String> roles, String displayName,
                          String description) {

        public Account {
            roles = List.copyOf(roles);
        }

        /** Keycloak's firstName: the given name, the last word ("Bình"). */
        public String firstName() {
            return new PersonName(displayName).givenName();
        }

        /** Keycloak's lastName: family and middle names ("Trần Văn"). */
        public String lastName() {
            int space = displayName.lastIndexOf(' ');
            return space < 0 ? displayName : displayName.substring(0, space);
        }

        public String email() {
            return username + "@" + EMAIL_DOMAIN;
        }
    }
}
