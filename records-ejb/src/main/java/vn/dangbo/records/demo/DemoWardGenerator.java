package vn.dangbo.records.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.dangbo.records.demo.DemoWard.Member;
import vn.dangbo.records.demo.DemoWard.Position;
import vn.dangbo.records.demo.DemoWard.PositionRole;
import vn.dangbo.records.demo.DemoWard.Spec;
import vn.dangbo.records.demo.DemoWard.Unit;
import vn.dangbo.records.demo.DemoWard.UnitKind;
import vn.dangbo.records.member.CitizenId;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.member.PoliticalTheory;
import vn.dangbo.records.member.Sex;

/**
 * Builds a {@link DemoWard}. All choices come from two {@link Random}s seeded from the spec: one for
 * the people, one for the identity numbers (so that retries for uniqueness never shift the people).
 * Every date is computed from {@code spec.today()}: ages, party ages and terms are relative to it.
 */
final class DemoWardGenerator {

    /** The city the invented ward lies in. */
    private static final String CITY = "thành phố Đà Nẵng";

    private enum CellType {
        RESIDENTIAL(3.0, 0.46), OFFICE(1.2, 0.45), MILITARY(0.5, 0.08), POLICE(0.9, 0.18),
        SCHOOL(0.7, 0.78), HEALTH(0.5, 0.66);

        final double weight;
        final double femaleShare;

        CellType(double weight, double femaleShare) {
            this.weight = weight;
            this.femaleShare = femaleShare;
        }
    }

    private record Institution(String name, CellType type) {
    }

    private static final List<Institution> INSTITUTIONS = List.of(
            new Institution("Chi bộ Cơ quan phường", CellType.OFFICE),
            new Institution("Chi bộ Quân sự phường", CellType.MILITARY),
            new Institution("Chi bộ Công an phường", CellType.POLICE),
            new Institution("Chi bộ Trường THCS Lý Tự Trọng", CellType.SCHOOL),
            new Institution("Chi bộ Trường Tiểu học Kim Đồng", CellType.SCHOOL),
            new Institution("Chi bộ Trạm Y tế phường", CellType.HEALTH),
            new Institution("Chi bộ Trường Mầm non Hoa Sen", CellType.SCHOOL),
            new Institution("Chi bộ Khối Mặt trận và các đoàn thể", CellType.OFFICE));

    private static final List<String> SUB_NAMES = List.of(
            "Khu dân cư Đông", "Khu dân cư Tây", "Khu dân cư Nam", "Khu dân cư Bắc", "Khu dân cư Trung tâm",
            "Khu dân cư Ven sông", "Khu dân cư Ấp Chợ", "Khu dân cư Đồi Thông");

    private static final class Cell {
        final long id;
        final CellType type;
        /** "Khu phố 3" or "Tổ dân phố 12" for residential cells, else null. */
        final String area;

        Cell(long id, CellType type, String area) {
            this.id = id;
            this.type = type;
            this.area = area;
        }
    }

    // ---- word lists ---------------------------------------------------------------------------

    private static final Weighted<String> FAMILY_KINH = Weighted.of(
            "Nguyễn", 38, "Trần", 11, "Lê", 9.5, "Phạm", 7, "Hoàng", 3.5, "Huỳnh", 3.5, "Phan", 4.5,
            "Vũ", 2.5, "Võ", 3.5, "Đặng", 2.1, "Bùi", 2, "Đỗ", 1.5, "Hồ", 1.3, "Ngô", 1.3, "Dương", 1,
            "Lý", 0.5, "Trương", 1.2, "Đinh", 0.8, "Lương", 0.5, "Mai", 0.5, "Đoàn", 0.6, "Cao", 0.4,
            "Lâm", 0.3, "Tô", 0.3, "Châu", 0.3, "Tạ", 0.3, "Kiều", 0.2, "Âu", 0.15, "Ông", 0.15, "Ưng", 0.05);
    private static final Weighted<String> FAMILY_HOA = Weighted.of(
            "Lâm", 20, "Lý", 15, "Quách", 10, "Trịnh", 10, "Diệp", 8, "Mã", 8, "Tăng", 8, "Hứa", 8,
            "Châu", 8, "Lưu", 5);
    private static final Weighted<String> FAMILY_KHMER = Weighted.of(
            "Thạch", 35, "Sơn", 25, "Danh", 15, "Kim", 10, "Lâm", 10, "Trần", 5);
    private static final Weighted<String> FAMILY_TAY = Weighted.of(
            "Nông", 25, "Hoàng", 20, "Lục", 10, "Hà", 10, "Ma", 10, "Bế", 10, "Lương", 10, "La", 5);
    private static final Weighted<String> FAMILY_CHAM = Weighted.of(
            "Đàng", 30, "Thập", 15, "Quảng", 15, "Lưu", 10, "Bá", 10, "Thiên", 10, "Châu", 10);

    private static final Weighted<String> MIDDLE_MALE = Weighted.of(
            "Văn", 34, "Hữu", 6, "Đức", 8, "Minh", 10, "Quốc", 6, "Thanh", 6, "Công", 5, "Xuân", 4,
            "Ngọc", 4, "Đình", 5, "Trọng", 3, "Quang", 5, "Anh", 3, "Hoàng", 3, "Tấn", 4, "Bá", 2,
            "Duy", 3, "Nhật", 2, "Gia", 2, "Ân", 0.3);
    private static final Weighted<String> MIDDLE_FEMALE = Weighted.of(
            "Thị", 48, "Ngọc", 8, "Thu", 6, "Thanh", 6, "Kim", 5, "Thúy", 4, "Mỹ", 4, "Hồng", 4,
            "Bích", 3, "Phương", 3, "Hoài", 2, "Diệu", 2, "Ánh", 2, "Khánh", 2, "Minh", 2, "Bảo", 2);
    private static final String[] SECOND_MIDDLE_FEMALE = {
            "Thu", "Ngọc", "Thanh", "Kim", "Mỹ", "Hồng", "Bích", "Minh", "Ánh", "Diệu", "Hoài", "Xuân"};
    private static final String[] SECOND_MIDDLE_MALE = {"Minh", "Hoàng", "Quốc", "Anh", "Đức", "Nhật", "Gia"};

    private static final String[] GIVEN_MALE = {
            "An", "Anh", "Ân", "Bảo", "Bình", "Cường", "Công", "Chiến", "Dũng", "Duy", "Dương", "Đạt",
            "Đức", "Định", "Đông", "Giang", "Hải", "Hào", "Hiếu", "Hòa", "Hoàng", "Hùng", "Huy", "Hưng",
            "Khang", "Khánh", "Khoa", "Kiên", "Lâm", "Lợi", "Long", "Lực", "Mạnh", "Minh", "Nam", "Nghĩa",
            "Nhân", "Phát", "Phong", "Phúc", "Phương", "Quân", "Quang", "Sang", "Sơn", "Tài", "Tâm", "Tân",
            "Thắng", "Thành", "Thanh", "Thịnh", "Thuận", "Tiến", "Toàn", "Trí", "Trung", "Tuấn", "Tùng",
            "Vinh", "Việt", "Vũ", "Ẩn", "Ất", "Ổn", "Ước"};
    private static final String[] GIVEN_FEMALE = {
            "An", "Anh", "Ánh", "Ân", "Bích", "Châu", "Chi", "Cúc", "Dung", "Diệp", "Duyên", "Đào",
            "Điệp", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Hương", "Huyền", "Lan", "Liên",
            "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên",
            "Quỳnh", "Sen", "Tâm", "Thảo", "Thắm", "Thu", "Thúy", "Thủy", "Trang", "Trinh", "Uyên", "Vân",
            "Xuân", "Yến", "Ý", "Ấm", "Ơn", "Ửng"};
    private static final String[] NICKNAME_ORDINALS = {"Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Út"};

    private record Province(String code, String name, boolean city) {
    }

    private static final Province DA_NANG = new Province("048", "thành phố Đà Nẵng", true);
    private static final Weighted<Province> PROVINCES_KINH = Weighted.of(
            DA_NANG, 45,
            new Province("049", "tỉnh Quảng Nam", false), 20,
            new Province("046", "tỉnh Thừa Thiên Huế", false), 6,
            new Province("051", "tỉnh Quảng Ngãi", false), 6,
            new Province("052", "tỉnh Bình Định", false), 3,
            new Province("045", "tỉnh Quảng Trị", false), 3,
            new Province("044", "tỉnh Quảng Bình", false), 3,
            new Province("042", "tỉnh Hà Tĩnh", false), 3,
            new Province("040", "tỉnh Nghệ An", false), 3,
            new Province("038", "tỉnh Thanh Hóa", false), 2,
            new Province("001", "thành phố Hà Nội", true), 2,
            new Province("079", "Thành phố Hồ Chí Minh", true), 2,
            new Province("036", "tỉnh Nam Định", false), 1,
            new Province("034", "tỉnh Thái Bình", false), 1,
            new Province("031", "thành phố Hải Phòng", true), 0.5,
            new Province("066", "tỉnh Đắk Lắk", false), 0.5,
            new Province("092", "thành phố Cần Thơ", true), 0.5);
    private static final Weighted<Province> PROVINCES_HOA = Weighted.of(
            new Province("079", "Thành phố Hồ Chí Minh", true), 40, DA_NANG, 40,
            new Province("049", "tỉnh Quảng Nam", false), 10, new Province("094", "tỉnh Sóc Trăng", false), 10);
    private static final Weighted<Province> PROVINCES_KHMER = Weighted.of(
            new Province("094", "tỉnh Sóc Trăng", false), 40, new Province("084", "tỉnh Trà Vinh", false), 35,
            new Province("091", "tỉnh Kiên Giang", false), 15, new Province("089", "tỉnh An Giang", false), 10);
    private static final Weighted<Province> PROVINCES_TAY = Weighted.of(
            new Province("004", "tỉnh Cao Bằng", false), 40, new Province("020", "tỉnh Lạng Sơn", false), 35,
            new Province("008", "tỉnh Tuyên Quang", false), 15, new Province("006", "tỉnh Bắc Kạn", false), 10);
    private static final Weighted<Province> PROVINCES_CHAM = Weighted.of(
            new Province("058", "tỉnh Ninh Thuận", false), 60, new Province("060", "tỉnh Bình Thuận", false), 25,
            new Province("089", "tỉnh An Giang", false), 15);

    private static final String[] PLACE_FIRST = {
            "Hòa", "Tam", "Điện", "Duy", "Bình", "Phước", "Tân", "An", "Vĩnh", "Đại", "Xuân", "Nghĩa",
            "Cẩm", "Hương", "Ân", "Quế", "Thạnh", "Đức"};
    private static final String[] PLACE_SECOND = {
            "Phong", "Thắng", "Hải", "Lộc", "Hưng", "Thọ", "Trung", "Mỹ", "Đông", "Sơn", "Thạnh", "Phú",
            "Hiệp", "Tiến", "Lợi", "Ân", "Xuân", "Hòa", "Nghĩa", "Tây"};
    private static final String[] STREETS = {
            "Hoa Sữa", "Lê Lợi", "Trần Phú", "Nguyễn Trãi", "Hùng Vương", "Quang Trung", "Lý Thường Kiệt",
            "Phan Châu Trinh", "Ông Ích Khiêm", "Âu Cơ", "Bàu Trảng", "Yên Bái", "Đống Đa", "Hàm Nghi"};
    private static final String[] OTHER_WARDS = {
            "Hải Châu", "Thanh Khê", "Hòa Cường", "An Hải", "Ngũ Hành Sơn", "Cẩm Lệ", "Hòa Khánh", "Sơn Trà"};

    private static final Weighted<String> RELIGION_KINH = Weighted.of(
            "Không", 88, "Phật giáo", 8, "Công giáo", 3.5, "Cao Đài", 0.3, "Tin Lành", 0.2);

    private static final String[] QUAL_OFFICE = {
            "Cử nhân Luật", "Cử nhân Hành chính công", "Cử nhân Kinh tế", "Cử nhân Kế toán",
            "Thạc sĩ Quản lý công", "Cử nhân Xây dựng Đảng và Chính quyền nhà nước", "Kỹ sư Xây dựng",
            "Trung cấp Văn thư lưu trữ", "Cử nhân Công tác xã hội"};
    private static final String[] QUAL_MILITARY = {
            "Trung cấp Quân sự cơ sở", "Cao đẳng Quân sự cơ sở", "Cử nhân Chỉ huy tham mưu"};
    private static final String[] QUAL_POLICE = {
            "Cử nhân An ninh nhân dân", "Cử nhân Cảnh sát nhân dân", "Trung cấp Cảnh sát nhân dân"};
    private static final String[] QUAL_TEACHER = {
            "Cử nhân Sư phạm Toán", "Cử nhân Sư phạm Ngữ văn", "Cử nhân Sư phạm Tiếng Anh",
            "Cử nhân Giáo dục Tiểu học", "Cao đẳng Sư phạm", "Thạc sĩ Quản lý giáo dục",
            "Cử nhân Sư phạm Vật lý", "Cử nhân Giáo dục Mầm non"};
    private static final String[] QUAL_GENERAL = {
            "Cử nhân Kinh tế", "Kỹ sư Xây dựng", "Kỹ sư Điện", "Kỹ sư Cơ khí", "Trung cấp Y",
            "Cử nhân Kế toán", "Trung cấp Kế toán", "Cao đẳng Sư phạm", "Cử nhân Luật", "Công nhân kỹ thuật",
            "Sơ cấp nghề", "Kỹ sư Công nghệ thông tin", "Cử nhân Quản trị kinh doanh", "Trung cấp Quân sự",
            "Cử nhân Ngoại ngữ", "Cao đẳng Du lịch"};

    private static final String[] OCCUPATION_OFFICE = {"Công chức", "Công chức", "Công chức", "Viên chức",
            "Người hoạt động không chuyên trách"};
    private static final String[] OCCUPATION_HEALTH = {"Bác sĩ", "Y sĩ", "Điều dưỡng", "Dược sĩ", "Nữ hộ sinh"};
    private static final Weighted<String> OCCUPATION_RESIDENT = Weighted.of(
            "Kinh doanh tự do", 25, "Lao động tự do", 15, "Công nhân", 15, "Nhân viên văn phòng", 12,
            "Bộ đội xuất ngũ", 8, "Nội trợ", 6, "Kỹ sư", 5, "Viên chức", 5, "Giáo viên", 3, "Nhân viên y tế", 2,
            "Tài xế", 2, "Nông dân", 2);

    private static final Weighted<PoliticalTheory> THEORY_RESIDENT = Weighted.of(
            PoliticalTheory.NONE, 22, PoliticalTheory.ELEMENTARY, 58, PoliticalTheory.INTERMEDIATE, 16,
            PoliticalTheory.ADVANCED, 3.5, PoliticalTheory.BACHELOR, 0.5);
    private static final Weighted<PoliticalTheory> THEORY_OFFICE = Weighted.of(
            PoliticalTheory.ELEMENTARY, 30, PoliticalTheory.INTERMEDIATE, 55, PoliticalTheory.ADVANCED, 10,
            PoliticalTheory.BACHELOR, 5);
    private static final Weighted<PoliticalTheory> THEORY_ARMED = Weighted.of(
            PoliticalTheory.ELEMENTARY, 40, PoliticalTheory.INTERMEDIATE, 50, PoliticalTheory.ADVANCED, 8,
            PoliticalTheory.BACHELOR, 2);
    private static final Weighted<PoliticalTheory> THEORY_CIVIL = Weighted.of(
            PoliticalTheory.NONE, 15, PoliticalTheory.ELEMENTARY, 60, PoliticalTheory.INTERMEDIATE, 25);
    private static final Weighted<PoliticalTheory> THEORY_NEW = Weighted.of(
            PoliticalTheory.NONE, 80, PoliticalTheory.ELEMENTARY, 20);
    private static final Weighted<PoliticalTheory> THEORY_LEADER = Weighted.of(
            PoliticalTheory.ELEMENTARY, 40, PoliticalTheory.INTERMEDIATE, 52, PoliticalTheory.ADVANCED, 7,
            PoliticalTheory.BACHELOR, 1);

    /** Age bands of residential cells (many retired members): {from, to, weight}. */
    private static final int[][] RESIDENT_AGE_BANDS = {
            {24, 29, 5}, {30, 39, 9}, {40, 49, 12}, {50, 59, 16}, {60, 69, 24}, {70, 79, 22}, {80, 85, 12}};
    private static final Weighted<int[]> RESIDENT_AGES;

    static {
        Object[] pairs = new Object[RESIDENT_AGE_BANDS.length * 2];
        for (int i = 0; i < RESIDENT_AGE_BANDS.length; i++) {
            pairs[2 * i] = RESIDENT_AGE_BANDS[i];
            pairs[2 * i + 1] = RESIDENT_AGE_BANDS[i][2];
        }
        RESIDENT_AGES = Weighted.of(pairs);
    }

    // ---- state --------------------------------------------------------------------------------

    private final Spec spec;
    private final LocalDate today;
    private final Random rnd;
    private final Random idRnd;
    private final Set<String> citizenIds = new HashSet<>();
    private final Set<Integer> cardNumbers = new HashSet<>();
    private final String wardPhrase;
    private final int khuPhoCount;
    private final int toDanPhoCount;
    /** The first day of the cell congresses of the current term (August of 2025, 2030 …). */
    private final LocalDate termStart;

    private final List<Unit> units = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();
    private int firstSubCell;
    private int officeCell;
    private int delegateCell;

    DemoWardGenerator(Spec spec) {
        this.spec = spec;
        this.today = spec.today();
        this.rnd = new Random(spec.seed());
        this.idRnd = new Random(spec.seed() * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        this.wardPhrase = "phường " + spec.wardName();
        int institutions = Math.min(INSTITUTIONS.size(), spec.directCells() / 2);
        this.khuPhoCount = spec.directCells() - institutions;
        this.toDanPhoCount = spec.subCommittees() * spec.cellsPerSubCommittee();
        int year = today.getYear() - Math.floorMod(today.getYear(), 5);
        if (LocalDate.of(year, 8, 28).isAfter(today)) {
            year -= 5;
        }
        this.termStart = LocalDate.of(year, 8, 1);
    }

    DemoWard build() {
        buildUnits();
        List<Member> members = buildMembers();
        List<Position> positions = buildPositions(members);
        return new DemoWard(spec, units, members, positions);
    }

    // ---- units --------------------------------------------------------------------------------

    private void buildUnits() {
        int year = today.getYear();
        units.add(new Unit(DemoWard.WARD_UNIT_ID, UnitKind.WARD, "Đảng bộ phường " + spec.wardName(), null,
                LocalDate.of(year - 51, 5, 19)));
        long nextId = 2;
        long[] subIds = new long[spec.subCommittees()];
        for (int s = 0; s < spec.subCommittees(); s++) {
            String name = s < SUB_NAMES.size() ? SUB_NAMES.get(s) : "Khu dân cư số " + (s + 1);
            subIds[s] = nextId;
            units.add(new Unit(nextId++, UnitKind.SUB, "Đảng bộ bộ phận " + name, DemoWard.WARD_UNIT_ID,
                    date(year - 8 + rnd.nextInt(3))));
        }
        // Direct cells: the residential ones first (Khu phố 1 is the first cell), then the institutions.
        for (int k = 1; k <= khuPhoCount; k++) {
            String area = "Khu phố " + k;
            addCell(nextId++, CellType.RESIDENTIAL, "Chi bộ " + area, area, DemoWard.WARD_UNIT_ID,
                    date(year - 20 - rnd.nextInt(30)));
        }
        officeCell = -1;
        delegateCell = -1;
        for (int i = 0; i < spec.directCells() - khuPhoCount; i++) {
            Institution inst = INSTITUTIONS.get(i);
            if (inst.type() == CellType.OFFICE && officeCell < 0) {
                officeCell = cells.size();
            }
            if (inst.type() == CellType.SCHOOL && delegateCell < 0) {
                delegateCell = cells.size();
            }
            addCell(nextId++, inst.type(), inst.name(), null, DemoWard.WARD_UNIT_ID,
                    date(year - 10 - rnd.nextInt(35)));
        }
        if (delegateCell < 0) {
            delegateCell = officeCell;
        }
        firstSubCell = cells.size();
        int tdp = 1;
        for (int s = 0; s < spec.subCommittees(); s++) {
            for (int c = 0; c < spec.cellsPerSubCommittee(); c++) {
                String area = "Tổ dân phố " + tdp++;
                addCell(nextId++, CellType.RESIDENTIAL, "Chi bộ " + area, area, subIds[s],
                        date(year - 15 - rnd.nextInt(30)));
            }
        }
    }

    private void addCell(long id, CellType type, String name, String area, long parent, LocalDate established) {
        units.add(new Unit(id, UnitKind.CELL, name, parent, established));
        cells.add(new Cell(id, type, area));
    }

    private LocalDate date(int year) {
        return LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    }

    // ---- members ------------------------------------------------------------------------------

    private static final int LEADER_NONE = 0;
    private static final int LEADER_SECRETARY = 1;
    private static final int LEADER_DEPUTY = 2;

    private int[] cellOf;
    private int[] leaderRole;

    private List<Member> buildMembers() {
        int n = spec.members();
        int fixed = DemoWard.FIXED_MEMBERS;
        cellOf = new int[n];
        leaderRole = new int[n];
        int[] fixedCells = {0, firstSubCell, officeCell, 0, firstSubCell, delegateCell};
        System.arraycopy(fixedCells, 0, cellOf, 0, fixed);

        // Every cell gets two members for sure, the rest by weight; then the order is shuffled.
        int[] assignment = new int[n - fixed];
        int a = 0;
        for (int c = 0; c < cells.size(); c++) {
            assignment[a++] = c;
            assignment[a++] = c;
        }
        double[] cumulative = new double[cells.size()];
        double total = 0;
        for (int c = 0; c < cells.size(); c++) {
            total += cells.get(c).type.weight;
            cumulative[c] = total;
        }
        while (a < assignment.length) {
            assignment[a++] = Weighted.search(cumulative, rnd.nextDouble() * total);
        }
        for (int i = assignment.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = assignment[i];
            assignment[i] = assignment[j];
            assignment[j] = t;
        }
        System.arraycopy(assignment, 0, cellOf, fixed, assignment.length);

        // The first members of each cell (after the fixed ones) in id order become its leaders.
        int[] needed = new int[cells.size()];
        Arrays.fill(needed, 2);
        needed[0] = 1;              // member 1 is the secretary of the first cell
        needed[firstSubCell] = 1;   // member 2 is the secretary of the first cell of the first sub-committee
        for (int i = fixed; i < n; i++) {
            int c = cellOf[i];
            if (needed[c] > 0) {
                boolean secretaryFixed = c == 0 || c == firstSubCell;
                leaderRole[i] = !secretaryFixed && needed[c] == 2 ? LEADER_SECRETARY : LEADER_DEPUTY;
                needed[c]--;
            }
        }
        leaderRole[0] = LEADER_SECRETARY;
        leaderRole[1] = LEADER_SECRETARY;

        List<Member> members = new ArrayList<>(n);
        members.addAll(fixedMembers());
        for (int i = fixed; i < n; i++) {
            members.add(generate(i + 1L, cells.get(cellOf[i]), leaderRole[i] != LEADER_NONE));
        }
        return members;
    }

    private List<Member> fixedMembers() {
        Cell first = cells.get(0);
        Cell sub = cells.get(firstSubCell);
        Cell office = cells.get(officeCell);
        Cell school = cells.get(delegateCell);
        List<Member> fixed = new ArrayList<>();
        LocalDate b1 = today.minusYears(64).minusDays(37);
        fixed.add(fixedMember(1, "Trần Văn Bình", Sex.MALE, b1, DA_NANG, "phường Hòa Thuận",
                "Số 14, Tổ 2, " + first.area + ", " + wardPhrase + ", " + CITY, "Không", "Hưu trí", "12/12",
                "Cử nhân Kinh tế", PoliticalTheory.INTERMEDIATE, "Tiếng Anh trình độ B", "Tin học trình độ A",
                b1.plusYears(23).plusDays(121), MemberStatus.FULL, first));
        LocalDate b2 = today.minusYears(47).minusDays(200);
        fixed.add(fixedMember(2, "Lê Thị Thu Hằng", Sex.FEMALE, b2,
                new Province("049", "tỉnh Quảng Nam", false), "xã Tam Lộc",
                "Số 7 đường Hoa Sữa, " + sub.area + ", " + wardPhrase + ", " + CITY, "Phật giáo",
                "Kinh doanh tự do", "12/12", "Cử nhân Quản trị kinh doanh", PoliticalTheory.INTERMEDIATE,
                "Tiếng Anh B1", "Chứng chỉ Ứng dụng CNTT cơ bản", b2.plusYears(28).plusDays(60),
                MemberStatus.FULL, sub));
        LocalDate b3 = today.minusYears(38).minusDays(75);
        fixed.add(fixedMember(3, "Phạm Minh Đức", Sex.MALE, b3,
                new Province("046", "tỉnh Thừa Thiên Huế", false), "xã Hương Xuân",
                "Số 25, Tổ 6, Khu phố 1, " + wardPhrase + ", " + CITY, "Không", "Công chức", "12/12",
                "Cử nhân Xây dựng Đảng và Chính quyền nhà nước", PoliticalTheory.INTERMEDIATE, "Tiếng Anh B1",
                "Chứng chỉ Ứng dụng CNTT nâng cao", b3.plusYears(25).plusDays(10), MemberStatus.FULL, office));
        LocalDate b4 = today.minusYears(58).minusDays(150);
        fixed.add(fixedMember(4, "Nguyễn Thị Đào", Sex.FEMALE, b4,
                new Province("051", "tỉnh Quảng Ngãi", false), "xã Nghĩa Hòa",
                "Số 3, Tổ 1, " + first.area + ", " + wardPhrase + ", " + CITY, "Không", "Hưu trí", "12/12",
                "Trung cấp Kế toán", PoliticalTheory.ELEMENTARY, null, "Tin học văn phòng",
                b4.plusYears(30).plusDays(200), MemberStatus.FULL, first));
        LocalDate b5 = today.minusYears(26).minusDays(90);
        fixed.add(fixedMember(5, "Võ Quốc Anh", Sex.MALE, b5, DA_NANG, "phường An Hải",
                "Số 31 đường Âu Cơ, " + sub.area + ", " + wardPhrase + ", " + CITY, "Không", "Nhân viên văn phòng",
                "12/12", "Kỹ sư Công nghệ thông tin", PoliticalTheory.NONE, "Tiếng Anh B2",
                "Kỹ sư Công nghệ thông tin", today.minusDays(130), MemberStatus.PROBATIONARY, sub));
        LocalDate b6 = today.minusYears(44).minusDays(300);
        fixed.add(fixedMember(6, "Hoàng Ngọc Ánh", Sex.FEMALE, b6,
                new Province("040", "tỉnh Nghệ An", false), "xã Diễn Ân",
                "Số 9 đường Lê Lợi, Tổ 3, Khu phố 1, " + wardPhrase + ", " + CITY, "Không",
                school.type == CellType.SCHOOL ? "Giáo viên" : "Công chức", "12/12", "Thạc sĩ Ngữ văn",
                PoliticalTheory.INTERMEDIATE, "Tiếng Anh B1", "Chứng chỉ Ứng dụng CNTT cơ bản",
                b6.plusYears(27).plusDays(45), MemberStatus.FULL, school));
        return fixed;
    }

    private Member fixedMember(long id, String name, Sex sex, LocalDate birth, Province province, String commune,
                               String residence, String religion, String occupation, String education,
                               String qualification, PoliticalTheory theory, String language, String it,
                               LocalDate admission, MemberStatus status, Cell cell) {
        boolean probationary = status == MemberStatus.PROBATIONARY;
        return new Member(id, name, null, sex, birth, commune + ", " + province.name(), residence, "Kinh",
                religion, citizenId(province.code(), sex, birth.getYear()), occupation, education, qualification,
                theory, language, it, admission, probationary ? null : admission.plusMonths(12),
                probationary ? null : cardNumber(), status, cell.id);
    }

    private Member generate(long id, Cell cell, boolean leader) {
        CellType type = cell.type;
        boolean resident = type == CellType.RESIDENTIAL;

        MemberStatus status = MemberStatus.FULL;
        if (!leader) {
            double u = rnd.nextDouble();
            if (u < 0.06) {
                status = MemberStatus.PROBATIONARY;
            } else if (u < 0.07) {
                status = MemberStatus.TRANSFERRED_OUT;
            } else if (u < 0.08) {
                status = MemberStatus.DECEASED;
            } else if (u < 0.09) {
                status = MemberStatus.REMOVED;
            } else if (u < 0.0925) {
                status = MemberStatus.EXPELLED;
            }
        }

        Sex sex = rnd.nextDouble() < type.femaleShare ? Sex.FEMALE : Sex.MALE;

        int age;
        if (status == MemberStatus.PROBATIONARY) {
            age = 24 + rnd.nextInt(17);
        } else if (status == MemberStatus.DECEASED) {
            age = 65 + rnd.nextInt(21);
        } else if (leader) {
            age = resident ? 45 + rnd.nextInt(24) : 32 + rnd.nextInt(27);
        } else if (!resident) {
            int max = type == CellType.MILITARY || type == CellType.POLICE ? 55 : 60;
            age = 24 + rnd.nextInt(max - 23);
        } else {
            int[] band = RESIDENT_AGES.pick(rnd);
            age = band[0] + rnd.nextInt(band[1] - band[0] + 1);
        }
        if (status == MemberStatus.REMOVED || status == MemberStatus.EXPELLED) {
            age = Math.min(age, 70);
        }
        LocalDate birth = today.minusYears(age).minusDays(rnd.nextInt(365));

        if (status == MemberStatus.FULL && !leader) {
            double p;
            if (!resident) {
                p = 0.003;
            } else if (age >= 80) {
                p = 0.5;
            } else if (age >= 75) {
                p = 0.25;
            } else if (age >= 70) {
                p = 0.08;
            } else {
                p = 0.005;
            }
            if (rnd.nextDouble() < p) {
                status = MemberStatus.EXEMPT;
            }
        }

        // Ethnicity, then the name and the birthplace that go with it.
        double e = rnd.nextDouble();
        String ethnicity;
        Weighted<String> families;
        Weighted<Province> provinces;
        String religion;
        if (e < 0.955) {
            ethnicity = "Kinh";
            families = FAMILY_KINH;
            provinces = PROVINCES_KINH;
            religion = RELIGION_KINH.pick(rnd);
        } else if (e < 0.975) {
            ethnicity = "Hoa";
            families = FAMILY_HOA;
            provinces = PROVINCES_HOA;
            religion = rnd.nextDouble() < 0.4 ? "Phật giáo" : "Không";
        } else if (e < 0.985) {
            ethnicity = "Khmer";
            families = FAMILY_KHMER;
            provinces = PROVINCES_KHMER;
            religion = rnd.nextDouble() < 0.8 ? "Phật giáo" : "Không";
        } else if (e < 0.994) {
            ethnicity = "Tày";
            families = FAMILY_TAY;
            provinces = PROVINCES_TAY;
            religion = "Không";
        } else {
            ethnicity = "Chăm";
            families = FAMILY_CHAM;
            provinces = PROVINCES_CHAM;
            double r = rnd.nextDouble();
            religion = r < 0.45 ? "Bà-la-môn" : r < 0.75 ? "Hồi giáo" : "Không";
        }
        String fullName = name(families, sex, age);
        String otherNames = null;
        if (age >= 70 && rnd.nextDouble() < 0.05) {
            otherNames = NICKNAME_ORDINALS[rnd.nextInt(NICKNAME_ORDINALS.length)] + " "
                    + fullName.substring(fullName.lastIndexOf(' ') + 1);
        }
        Province province = provinces.pick(rnd);
        String birthplace = birthplace(province);
        String residence = residence(cell);

        // Admission: at least 18 years old; full membership 12 months later.
        LocalDate admission;
        LocalDate fullMembership;
        if (status == MemberStatus.PROBATIONARY) {
            admission = today.minusDays(7 + rnd.nextInt(344));
            fullMembership = null;
        } else {
            LocalDate earliest = birth.plusYears(18);
            LocalDate latest = leader ? termStart.minusYears(3) : today.minusMonths(13);
            long span = ChronoUnit.DAYS.between(earliest, latest);
            double scaleYears = type == CellType.MILITARY || type == CellType.POLICE ? 4 : 9;
            long d = (long) (Math.abs(rnd.nextGaussian()) * scaleYears * 365.25);
            int jitter = rnd.nextInt(731); // drawn always, so that the dates never change the sequence
            if (d > span) {
                d = span - Math.min(jitter, span);
            }
            admission = earliest.plusDays(d);
            fullMembership = admission.plusMonths(12);
        }

        // Education and work.
        boolean old = age >= 60;
        String education;
        double ed = rnd.nextDouble();
        if (old) {
            education = ed < 0.6 ? "12/12" : ed < 0.9 ? "10/10" : ed < 0.95 ? "9/12" : "7/10";
        } else if (!resident) {
            education = "12/12";
        } else {
            education = ed < 0.92 ? "12/12" : ed < 0.97 ? "9/12" : "11/12";
        }
        String occupation = occupation(type, sex, age, status);
        String qualification = qualification(occupation, type, education, old);
        PoliticalTheory theory;
        if (status == MemberStatus.PROBATIONARY) {
            theory = THEORY_NEW.pick(rnd);
        } else if (leader) {
            theory = THEORY_LEADER.pick(rnd);
        } else {
            theory = switch (type) {
                case RESIDENTIAL -> THEORY_RESIDENT.pick(rnd);
                case OFFICE -> THEORY_OFFICE.pick(rnd);
                case MILITARY, POLICE -> THEORY_ARMED.pick(rnd);
                case SCHOOL, HEALTH -> THEORY_CIVIL.pick(rnd);
            };
        }
        String language = language(age, ethnicity, qualification);
        String it = itLevel(age, qualification);

        String citizenId = citizenId(province.code(), sex, birth.getYear());
        String card = status == MemberStatus.PROBATIONARY ? null : cardNumber();
        return new Member(id, fullName, otherNames, sex, birth, birthplace, residence, ethnicity, religion,
                citizenId, occupation, education, qualification, theory, language, it, admission, fullMembership,
                card, status, cell.id);
    }

    private String name(Weighted<String> families, Sex sex, int age) {
        String family = families.pick(rnd);
        String middle;
        String given;
        StringBuilder sb = new StringBuilder(32).append(family).append(' ');
        if (sex == Sex.FEMALE) {
            middle = age >= 55 && rnd.nextDouble() < 0.3 ? "Thị" : MIDDLE_FEMALE.pick(rnd);
            sb.append(middle).append(' ');
            if (middle.equals("Thị") && rnd.nextDouble() < 0.2) {
                middle = SECOND_MIDDLE_FEMALE[rnd.nextInt(SECOND_MIDDLE_FEMALE.length)];
                sb.append(middle).append(' ');
            }
            do {
                given = GIVEN_FEMALE[rnd.nextInt(GIVEN_FEMALE.length)];
            } while (given.equals(middle));
        } else {
            middle = age >= 55 && rnd.nextDouble() < 0.3 ? "Văn" : MIDDLE_MALE.pick(rnd);
            sb.append(middle).append(' ');
            if (age < 45 && rnd.nextDouble() < 0.06) {
                String second = SECOND_MIDDLE_MALE[rnd.nextInt(SECOND_MIDDLE_MALE.length)];
                if (!second.equals(middle)) {
                    middle = second;
                    sb.append(middle).append(' ');
                }
            }
            do {
                given = GIVEN_MALE[rnd.nextInt(GIVEN_MALE.length)];
            } while (given.equals(middle));
        }
        return sb.append(given).toString();
    }

    private String placeName() {
        String first = PLACE_FIRST[rnd.nextInt(PLACE_FIRST.length)];
        String second;
        do {
            second = PLACE_SECOND[rnd.nextInt(PLACE_SECOND.length)];
        } while (second.equals(first));
        return first + " " + second;
    }

    private String birthplace(Province province) {
        String level = province.city() && rnd.nextDouble() < 0.6 ? "phường " : "xã ";
        return level + placeName() + ", " + province.name();
    }

    private String residence(Cell cell) {
        int house = 1 + rnd.nextInt(180);
        if (cell.area != null) {
            if (cell.area.startsWith("Khu phố")) {
                return "Số " + house + ", Tổ " + (1 + rnd.nextInt(12)) + ", " + cell.area + ", " + wardPhrase
                        + ", " + CITY;
            }
            return "Số " + house + " đường " + STREETS[rnd.nextInt(STREETS.length)] + ", " + cell.area + ", "
                    + wardPhrase + ", " + CITY;
        }
        // Members of the ward's institutions live anywhere in the city.
        if (rnd.nextDouble() < 0.65) {
            if (khuPhoCount > 0 && (toDanPhoCount == 0 || rnd.nextBoolean())) {
                return "Số " + house + ", Tổ " + (1 + rnd.nextInt(12)) + ", Khu phố " + (1 + rnd.nextInt(khuPhoCount))
                        + ", " + wardPhrase + ", " + CITY;
            }
            return "Số " + house + " đường " + STREETS[rnd.nextInt(STREETS.length)] + ", Tổ dân phố "
                    + (1 + rnd.nextInt(toDanPhoCount)) + ", " + wardPhrase + ", " + CITY;
        }
        return "Số " + house + " đường " + STREETS[rnd.nextInt(STREETS.length)] + ", phường "
                + OTHER_WARDS[rnd.nextInt(OTHER_WARDS.length)] + ", " + CITY;
    }

    private String occupation(CellType type, Sex sex, int age, MemberStatus status) {
        switch (type) {
            case OFFICE:
                return OCCUPATION_OFFICE[rnd.nextInt(OCCUPATION_OFFICE.length)];
            case MILITARY:
                return "Quân nhân";
            case POLICE:
                return "Công an";
            case SCHOOL:
                return rnd.nextDouble() < 0.88 ? "Giáo viên" : "Viên chức";
            case HEALTH:
                return OCCUPATION_HEALTH[rnd.nextInt(OCCUPATION_HEALTH.length)];
            default:
                break;
        }
        int retirement = sex == Sex.MALE ? 61 : 57;
        if (status != MemberStatus.PROBATIONARY && age >= retirement && rnd.nextDouble() < 0.85) {
            return "Hưu trí";
        }
        String occupation;
        do {
            occupation = OCCUPATION_RESIDENT.pick(rnd);
        } while ((occupation.equals("Bộ đội xuất ngũ") && sex == Sex.FEMALE)
                || (occupation.equals("Nội trợ") && sex == Sex.MALE));
        return occupation;
    }

    private String qualification(String occupation, CellType type, String education, boolean old) {
        switch (type) {
            case OFFICE:
                return QUAL_OFFICE[rnd.nextInt(QUAL_OFFICE.length)];
            case MILITARY:
                return QUAL_MILITARY[rnd.nextInt(QUAL_MILITARY.length)];
            case POLICE:
                return QUAL_POLICE[rnd.nextInt(QUAL_POLICE.length)];
            case SCHOOL:
                return QUAL_TEACHER[rnd.nextInt(QUAL_TEACHER.length)];
            case HEALTH:
                return switch (occupation) {
                    case "Bác sĩ" -> rnd.nextBoolean() ? "Bác sĩ Đa khoa" : "Bác sĩ Chuyên khoa I";
                    case "Y sĩ" -> "Trung cấp Y";
                    case "Điều dưỡng" -> rnd.nextBoolean() ? "Cao đẳng Điều dưỡng" : "Cử nhân Điều dưỡng";
                    case "Dược sĩ" -> rnd.nextBoolean() ? "Dược sĩ Đại học" : "Trung cấp Dược";
                    default -> "Cao đẳng Hộ sinh";
                };
            default:
                break;
        }
        if (!education.equals("12/12")) {
            double r = rnd.nextDouble();
            return r < 0.6 ? null : r < 0.8 ? "Sơ cấp nghề" : "Công nhân kỹ thuật";
        }
        switch (occupation) {
            case "Kỹ sư":
                return new String[] {"Kỹ sư Xây dựng", "Kỹ sư Điện", "Kỹ sư Cơ khí", "Kỹ sư Công nghệ thông tin"}
                        [rnd.nextInt(4)];
            case "Giáo viên":
                return QUAL_TEACHER[rnd.nextInt(QUAL_TEACHER.length)];
            case "Nhân viên y tế":
                return rnd.nextBoolean() ? "Trung cấp Y" : "Cao đẳng Điều dưỡng";
            case "Nông dân":
            case "Lao động tự do":
            case "Tài xế":
                return rnd.nextDouble() < 0.7 ? null : "Sơ cấp nghề";
            default:
                break;
        }
        if (rnd.nextDouble() < (old ? 0.35 : 0.15)) {
            return null;
        }
        String qualification = QUAL_GENERAL[rnd.nextInt(QUAL_GENERAL.length)];
        return old && qualification.equals("Kỹ sư Công nghệ thông tin") ? "Kỹ sư Điện" : qualification;
    }

    private String language(int age, String ethnicity, String qualification) {
        double r = rnd.nextDouble();
        if (ethnicity.equals("Hoa") && r < 0.4) {
            return "Tiếng Trung HSK " + (3 + rnd.nextInt(3));
        }
        if (age >= 60) {
            return r < 0.72 ? null : r < 0.82 ? "Tiếng Nga trình độ " + (rnd.nextBoolean() ? "A" : "B")
                    : r < 0.87 ? "Tiếng Pháp trình độ A" : "Tiếng Anh trình độ A";
        }
        if (qualification == null && r < 0.6) {
            return null;
        }
        if (age >= 40) {
            return r < 0.25 ? null : r < 0.6 ? "Tiếng Anh trình độ A" : r < 0.9 ? "Tiếng Anh trình độ B"
                    : r < 0.95 ? "Tiếng Anh trình độ C" : "Tiếng Pháp trình độ B";
        }
        return r < 0.12 ? null : r < 0.35 ? "Tiếng Anh A2" : r < 0.75 ? "Tiếng Anh B1" : r < 0.88 ? "Tiếng Anh B2"
                : r < 0.91 ? "Tiếng Anh C1" : r < 0.95 ? "Tiếng Nhật N3" : "Tiếng Hàn TOPIK 3";
    }

    private String itLevel(int age, String qualification) {
        if ("Kỹ sư Công nghệ thông tin".equals(qualification)) {
            return "Kỹ sư Công nghệ thông tin";
        }
        double r = rnd.nextDouble();
        if (age >= 65) {
            return r < 0.7 ? null : "Tin học trình độ A";
        }
        if (age >= 45) {
            return r < 0.25 ? null : r < 0.55 ? "Tin học trình độ A" : r < 0.8 ? "Tin học trình độ B"
                    : "Tin học văn phòng";
        }
        return r < 0.1 ? null : r < 0.6 ? "Chứng chỉ Ứng dụng CNTT cơ bản" : r < 0.75
                ? "Chứng chỉ Ứng dụng CNTT nâng cao" : "Tin học văn phòng";
    }

    /** Province, sex-and-century digit, year of birth, six random digits; unique in the ward. */
    private String citizenId(String province, Sex sex, int birthYear) {
        String prefix = province + CitizenId.sexCenturyDigit(sex, birthYear) + two(birthYear % 100);
        while (true) {
            int tail = idRnd.nextInt(1_000_000);
            String id = prefix + pad(tail, 6);
            if (citizenIds.add(id)) {
                return id;
            }
        }
    }

    /** Eight digits, unique; about one in ten starts with 0. */
    private String cardNumber() {
        while (true) {
            int number = idRnd.nextInt(100_000_000);
            if (cardNumbers.add(number)) {
                return pad(number, 8);
            }
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        if (s.length() >= width) {
            return s;
        }
        StringBuilder sb = new StringBuilder(width);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }

    // ---- positions ----------------------------------------------------------------------------

    private List<Position> buildPositions(List<Member> members) {
        int n = members.size();
        int cellCount = cells.size();
        // Members of each cell, in id order.
        int[] counts = new int[cellCount];
        for (int i = 0; i < n; i++) {
            counts[cellOf[i]]++;
        }
        int[][] byCell = new int[cellCount][];
        for (int c = 0; c < cellCount; c++) {
            byCell[c] = new int[counts[c]];
        }
        int[] fill = new int[cellCount];
        int[] secretary = new int[cellCount];
        int[] deputy = new int[cellCount];
        Arrays.fill(secretary, -1);
        Arrays.fill(deputy, -1);
        for (int i = 0; i < n; i++) {
            int c = cellOf[i];
            byCell[c][fill[c]++] = i;
            if (leaderRole[i] == LEADER_SECRETARY) {
                secretary[c] = i;
            } else if (leaderRole[i] == LEADER_DEPUTY) {
                deputy[c] = i;
            }
        }

        List<Position> earlier = new ArrayList<>();
        List<Position> current = new ArrayList<>();
        for (int c = 0; c < cellCount; c++) {
            long unitId = cells.get(c).id;
            LocalDate start = termStart.plusDays(rnd.nextInt(28));
            current.add(new Position(0, unitId, secretary[c] + 1L, PositionRole.SECRETARY, start, null));
            current.add(new Position(0, unitId, deputy[c] + 1L, PositionRole.DEPUTY_SECRETARY, start, null));
            if (rnd.nextDouble() >= 0.5) {
                continue;
            }
            // An earlier, ended term: the secretary re-elected, or someone else then (perhaps now exempt,
            // transferred or deceased), with the present secretary as deputy.
            LocalDate prevStart = start.minusYears(5).plusDays(rnd.nextInt(15) - 7);
            LocalDate prevEnd = start.minusDays(1);
            Member sec = members.get(secretary[c]);
            boolean secretaryEligible = eligibleEarlier(sec, prevStart);
            if (secretaryEligible && rnd.nextBoolean()) {
                earlier.add(new Position(0, unitId, sec.id(), PositionRole.SECRETARY, prevStart, prevEnd));
                continue;
            }
            int[] pool = byCell[c];
            int offset = rnd.nextInt(pool.length);
            int previous = -1;
            for (int k = 0; k < pool.length; k++) {
                int i = pool[(offset + k) % pool.length];
                if (i >= DemoWard.FIXED_MEMBERS && i != secretary[c] && i != deputy[c]
                        && eligibleEarlier(members.get(i), prevStart)) {
                    previous = i;
                    break;
                }
            }
            if (previous < 0) {
                continue;
            }
            earlier.add(new Position(0, unitId, previous + 1L, PositionRole.SECRETARY, prevStart, prevEnd));
            if (secretaryEligible && rnd.nextBoolean()) {
                earlier.add(new Position(0, unitId, sec.id(), PositionRole.DEPUTY_SECRETARY, prevStart, prevEnd));
            }
        }
        List<Position> all = new ArrayList<>(earlier.size() + current.size());
        long id = 1;
        for (Position p : earlier) {
            all.add(new Position(id++, p.unitId(), p.memberId(), p.role(), p.startDate(), p.endDate()));
        }
        for (Position p : current) {
            all.add(new Position(id++, p.unitId(), p.memberId(), p.role(), p.startDate(), p.endDate()));
        }
        return all;
    }

    /** Could have led the cell from {@code start}: a full member then, aged 30 to 75. */
    private static boolean eligibleEarlier(Member m, LocalDate start) {
        if (m.status() == MemberStatus.PROBATIONARY || m.status() == MemberStatus.EXPELLED
                || m.fullMembershipDate() == null || m.fullMembershipDate().isAfter(start)) {
            return false;
        }
        long age = ChronoUnit.YEARS.between(m.birthDate(), start);
        return age >= 30 && age <= 75;
    }

    // ---- weighted choice ----------------------------------------------------------------------

    static final class Weighted<T> {
        private final Object[] items;
        private final double[] cumulative;
        private final double total;

        private Weighted(Object[] items, double[] cumulative) {
            this.items = items;
            this.cumulative = cumulative;
            this.total = cumulative[cumulative.length - 1];
        }

        /** Pairs of item and weight. */
        static <T> Weighted<T> of(Object... pairs) {
            if (pairs.length == 0 || pairs.length % 2 != 0) {
                throw new IllegalArgumentException("item, weight pairs expected");
            }
            Object[] items = new Object[pairs.length / 2];
            double[] cumulative = new double[items.length];
            double sum = 0;
            for (int i = 0; i < items.length; i++) {
                items[i] = pairs[2 * i];
                sum += ((Number) pairs[2 * i + 1]).doubleValue();
                cumulative[i] = sum;
            }
            return new Weighted<>(items, cumulative);
        }

        @SuppressWarnings("unchecked")
        T pick(Random random) {
            return (T) items[search(cumulative, random.nextDouble() * total)];
        }

        /** The first index whose cumulative weight exceeds {@code x}. */
        static int search(double[] cumulative, double x) {
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }
}
