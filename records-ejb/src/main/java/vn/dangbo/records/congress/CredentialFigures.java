package vn.dangbo.records.congress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.PoliticalTheory;
import vn.dangbo.records.member.Sex;
import vn.dangbo.records.partyage.PartyAge;

/**
 * The rules of the credential report, kept apart from the database so that they can be checked against a known
 * roster. Ages and party ages are counted at the congress's opening date; the structures count the official
 * delegates still convened (a delegate whose credential was rejected is withdrawn, so no longer counted); every
 * percentage is a share of them, rounded half up to one decimal.
 */
public final class CredentialFigures {

    public static final String UNKNOWN = "UNKNOWN";
    public static final String KINH = "Kinh";
    public static final List<String> AGE_BANDS = List.of("UNDER_30", "30_39", "40_49", "50_59", "60_PLUS");
    public static final List<String> PARTY_AGE_BANDS = List.of("UNDER_10", "10_19", "20_29", "30_39", "40_PLUS");
    /** The structures in the order the report presents them. */
    public static final List<String> STRUCTURES = List.of("sex", "ageBand", "ethnicity", "generalEducation",
            "professionalQualification", "politicalTheory", "partyAgeBand", "occupation");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("sex.MALE", "Nam"), Map.entry("sex.FEMALE", "Nữ"),
            Map.entry("ageBand.UNDER_30", "Dưới 30 tuổi"), Map.entry("ageBand.30_39", "Từ 30 đến 39 tuổi"),
            Map.entry("ageBand.40_49", "Từ 40 đến 49 tuổi"), Map.entry("ageBand.50_59", "Từ 50 đến 59 tuổi"),
            Map.entry("ageBand.60_PLUS", "Từ 60 tuổi trở lên"),
            Map.entry("partyAgeBand.UNDER_10", "Dưới 10 năm"), Map.entry("partyAgeBand.10_19", "Từ 10 đến 19 năm"),
            Map.entry("partyAgeBand.20_29", "Từ 20 đến 29 năm"), Map.entry("partyAgeBand.30_39", "Từ 30 đến 39 năm"),
            Map.entry("partyAgeBand.40_PLUS", "Từ 40 năm trở lên"),
            Map.entry("politicalTheory.NONE", "Chưa qua đào tạo"), Map.entry("politicalTheory.ELEMENTARY", "Sơ cấp"),
            Map.entry("politicalTheory.INTERMEDIATE", "Trung cấp"), Map.entry("politicalTheory.ADVANCED", "Cao cấp"),
            Map.entry("politicalTheory.BACHELOR", "Cử nhân"),
            Map.entry("basis.EX_OFFICIO", "Đại biểu đương nhiên"), Map.entry("basis.ELECTED", "Đại biểu được bầu"),
            Map.entry("basis.APPOINTED", "Đại biểu được chỉ định"),
            Map.entry("decision.ACCEPTED", "Công nhận tư cách đại biểu"),
            Map.entry("decision.REJECTED", "Không công nhận tư cách đại biểu"),
            Map.entry("decision.PENDING", "Chưa có kết luận"),
            Map.entry("kind.OFFICIAL", "Chính thức"), Map.entry("kind.ALTERNATE", "Dự khuyết"),
            Map.entry("kind.GUEST", "Khách mời"));

    private static final Map<String, String> TITLES = Map.of(
            "sex", "Giới tính", "ageBand", "Độ tuổi", "ethnicity", "Dân tộc",
            "generalEducation", "Trình độ giáo dục phổ thông", "professionalQualification",
            "Trình độ chuyên môn, nghiệp vụ", "politicalTheory", "Trình độ lý luận chính trị",
            "partyAgeBand", "Tuổi đảng", "occupation", "Nghề nghiệp");

    private CredentialFigures() {
    }

    /** What the report needs of one delegate or guest (the dossier's fields are absent for a guest). */
    public record Entry(long delegateId, DelegateKind kind, DelegateBasis basis, DelegateStatus status,
                        String fullName, String delegation, Sex sex, LocalDate birthDate, String ethnicity,
                        String generalEducation, String professionalQualification, PoliticalTheory politicalTheory,
                        String occupation, PartyAge partyAge, boolean present, String absenceReason,
                        String credentialQuestion, CredentialDecision decision, String credentialNote) {

        static Entry of(Delegate d, PartyAge partyAge, boolean present) {
            Member m = d.member();
            return new Entry(d.id(), d.kind(), d.basis(), d.status(), d.fullName(), d.delegation(),
                    m == null ? null : m.sex(), m == null ? null : m.birthDate(), m == null ? null : m.ethnicity(),
                    m == null ? null : m.generalEducation(), m == null ? null : m.professionalQualification(),
                    m == null ? null : m.politicalTheory(), m == null ? null : m.occupation(), partyAge, present,
                    d.absenceReason(), d.credentialQuestion(), d.credentialDecision(), d.credentialNote());
        }

        boolean convened() {
            return kind == DelegateKind.OFFICIAL && status == DelegateStatus.CONVENED;
        }
    }

    /** The Vietnamese label of a code ("sex.FEMALE" → "Nữ"); a recorded text is its own label. */
    public static String label(String structure, String key) {
        if (UNKNOWN.equals(key)) {
            return "Chưa ghi";
        }
        return LABELS.getOrDefault(structure + "." + key, key);
    }

    /** The Vietnamese title of a structure ("ageBand" → "Độ tuổi"). */
    public static String title(String structure) {
        return TITLES.getOrDefault(structure, structure);
    }

    /** The report for a session (null: none held yet, so nobody is present). */
    public static CredentialReport compute(Congress c, CongressSession session, List<CongressSession> sessions,
                                           List<Entry> entries, String partyCommittee, String committeeHead) {
        LocalDate on = c.startsOn();
        List<Entry> convened = entries.stream().filter(Entry::convened).toList();
        int total = convened.size();
        int present = (int) convened.stream().filter(Entry::present).count();
        List<CredentialReport.Absence> absences = convened.stream().filter(e -> !e.present())
                .map(e -> new CredentialReport.Absence(e.delegateId(), e.fullName(), e.delegation(), e.absenceReason()))
                .toList();
        int withReason = (int) absences.stream().filter(a -> a.reason() != null).count();
        int withoutReason = absences.size() - withReason;

        List<CredentialReport.Structure> structures = new ArrayList<>();
        structures.add(fixed("sex", convened, e -> e.sex() == null ? null : e.sex().name(),
                List.of(Sex.MALE.name(), Sex.FEMALE.name()), total));
        structures.add(fixed("ageBand", convened, e -> e.birthDate() == null ? null : ageBand(age(e.birthDate(), on)),
                AGE_BANDS, total));
        structures.add(ethnicity(convened, total));
        structures.add(recorded("generalEducation", convened, Entry::generalEducation, total));
        structures.add(recorded("professionalQualification", convened, Entry::professionalQualification, total));
        structures.add(fixed("politicalTheory", convened,
                e -> e.politicalTheory() == null ? null : e.politicalTheory().name(),
                java.util.Arrays.stream(PoliticalTheory.values()).map(Enum::name).toList(), total));
        structures.add(fixed("partyAgeBand", convened, e -> partyAgeBand(partyYears(e, on)), PARTY_AGE_BANDS, total));
        structures.add(recorded("occupation", convened, Entry::occupation, total));

        int minorities = (int) convened.stream()
                .filter(e -> e.ethnicity() != null && !e.ethnicity().isBlank() && !isKinh(e.ethnicity())).count();

        List<Entry> born = convened.stream().filter(e -> e.birthDate() != null).toList();
        CredentialReport.Person youngest = born.stream().reduce((a, b) -> b.birthDate().isAfter(a.birthDate()) ? b : a)
                .map(e -> person(e, on)).orElse(null);
        CredentialReport.Person oldest = born.stream().reduce((a, b) -> b.birthDate().isBefore(a.birthDate()) ? b : a)
                .map(e -> person(e, on)).orElse(null);
        double averageAge = born.isEmpty() ? 0 : BigDecimal.valueOf(born.stream()
                        .mapToInt(e -> age(e.birthDate(), on)).sum())
                .divide(BigDecimal.valueOf(born.size()), 1, RoundingMode.HALF_UP).doubleValue();

        List<CredentialReport.Share> byBasis = new ArrayList<>();
        for (DelegateBasis b : DelegateBasis.values()) {
            int n = (int) convened.stream().filter(e -> e.basis() == b).count();
            byBasis.add(new CredentialReport.Share(b.name(), label("basis", b.name()), n, percent(n, total)));
        }
        int withdrawn = (int) entries.stream()
                .filter(e -> e.kind() == DelegateKind.OFFICIAL && e.status() == DelegateStatus.WITHDRAWN).count();
        int alternates = count(entries, e -> e.kind() == DelegateKind.ALTERNATE);
        int alternatesPresent = count(entries, e -> e.kind() == DelegateKind.ALTERNATE && e.present());
        int guests = count(entries, e -> e.kind() == DelegateKind.GUEST);
        int guestsPresent = count(entries, e -> e.kind() == DelegateKind.GUEST && e.present());

        List<CredentialReport.Questioned> questioned = entries.stream().filter(e -> e.credentialQuestion() != null)
                .map(e -> {
                    String decision = e.decision() == null ? null : e.decision().name();
                    return new CredentialReport.Questioned(e.delegateId(), e.fullName(), e.kind().name(),
                            e.delegation(), e.credentialQuestion(), decision,
                            label("decision", decision == null ? "PENDING" : decision), e.credentialNote());
                }).toList();

        List<CredentialReport.Line> lines = entries.stream().map(e -> new CredentialReport.Line(e.delegateId(),
                e.kind().name(), e.basis() == null ? null : e.basis().name(), e.fullName(), e.delegation(),
                e.sex() == null ? null : e.sex().name(), e.birthDate(),
                e.birthDate() == null ? null : age(e.birthDate(), on), e.ethnicity(), e.generalEducation(),
                e.professionalQualification(), e.politicalTheory() == null ? null : e.politicalTheory().name(),
                partyYears(e, on).orElse(null), e.occupation(), e.status().name(), e.present(),
                e.absenceReason())).toList();

        List<CredentialReport.SessionChoice> choices = sessions.stream()
                .map(s -> new CredentialReport.SessionChoice(s.id() == null ? 0 : s.id(), s.ordinal(), s.name(),
                        s.checkInOpen())).toList();
        return new CredentialReport(c.id(), c.name(), partyCommittee, c.level(), c.term(), on, c.venue(),
                session == null ? null : session.id(), session == null ? null : session.name(), choices,
                total, present, percent(present, total), absences.size(), withReason, percent(withReason, total),
                withoutReason, percent(withoutReason, total), c.quorumReached(present, total),
                c.quorumNeeded(total), absences, structures, minorities, percent(minorities, total), youngest,
                oldest, averageAge, byBasis, withdrawn, alternates, alternatesPresent, guests, guestsPresent,
                questioned, committeeHead, lines);
    }

    /** Whole years on a date (the day before a birthday still counts the year before). */
    public static int age(LocalDate birth, LocalDate on) {
        return Period.between(birth, on).getYears();
    }

    public static String ageBand(int age) {
        return age < 30 ? "UNDER_30" : age < 40 ? "30_39" : age < 50 ? "40_49" : age < 60 ? "50_59" : "60_PLUS";
    }

    /** Party age bands on the years PartyAge counts (first admission, less interruptions), as the statistics do. */
    public static String partyAgeBand(Optional<Integer> years) {
        if (years.isEmpty()) {
            return UNKNOWN;
        }
        int y = years.get();
        return y < 10 ? "UNDER_10" : y < 20 ? "10_19" : y < 30 ? "20_29" : y < 40 ? "30_39" : "40_PLUS";
    }

    /** count / total as a percentage with one decimal, half up; 0 when nobody is convened. */
    public static double percent(int count, int total) {
        if (total == 0) {
            return 0;
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static Optional<Integer> partyYears(Entry e, LocalDate on) {
        return e.partyAge() == null ? Optional.empty() : e.partyAge().years(on);
    }

    private static CredentialReport.Person person(Entry e, LocalDate on) {
        return new CredentialReport.Person(e.delegateId(), e.fullName(), e.birthDate(), age(e.birthDate(), on));
    }

    private static int count(List<Entry> entries, java.util.function.Predicate<Entry> p) {
        return (int) entries.stream().filter(p).count();
    }

    private static boolean isKinh(String ethnicity) {
        return ethnicity.strip().equalsIgnoreCase(KINH);
    }

    /** Every band listed (zero rows too, as the printed tables have them); an unknown row only when needed. */
    private static CredentialReport.Structure fixed(String key, List<Entry> convened, Function<Entry, String> of,
                                                    List<String> bands, int total) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        bands.forEach(b -> counts.put(b, 0));
        for (Entry e : convened) {
            String k = of.apply(e);
            counts.merge(k == null ? UNKNOWN : k, 1, Integer::sum);
        }
        List<CredentialReport.Share> rows = new ArrayList<>();
        counts.forEach((k, n) -> rows.add(new CredentialReport.Share(k, label(key, k), n, percent(n, total))));
        return new CredentialReport.Structure(key, rows);
    }

    /** Kinh first, then each other group by size; how the committee reports ethnic minorities. */
    private static CredentialReport.Structure ethnicity(List<Entry> convened, int total) {
        CredentialReport.Structure all = recorded("ethnicity", convened,
                e -> e.ethnicity() == null ? null : isKinh(e.ethnicity()) ? KINH : e.ethnicity(), total);
        List<CredentialReport.Share> rows = new ArrayList<>();
        rows.add(all.rows().stream().filter(r -> r.key().equals(KINH)).findFirst()
                .orElse(new CredentialReport.Share(KINH, KINH, 0, 0)));
        all.rows().stream().filter(r -> !r.key().equals(KINH)).forEach(rows::add);
        return new CredentialReport.Structure("ethnicity", rows);
    }

    /** Recorded texts (12/12, Cử nhân Luật …) by size, then in Vietnamese order; the unknown ones last. */
    private static CredentialReport.Structure recorded(String key, List<Entry> convened, Function<Entry, String> of,
                                                       int total) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Entry e : convened) {
            String k = of.apply(e);
            counts.merge(k == null || k.isBlank() ? UNKNOWN : k.strip(), 1, Integer::sum);
        }
        Collator vi = Collator.getInstance(new Locale("vi"));
        List<CredentialReport.Share> rows = counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>, Boolean>comparing(x -> x.getKey().equals(UNKNOWN))
                        .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
                        .thenComparing((a, b) -> vi.compare(a.getKey(), b.getKey())))
                .map(x -> new CredentialReport.Share(x.getKey(), label(key, x.getKey()), x.getValue(),
                        percent(x.getValue(), total)))
                .toList();
        return new CredentialReport.Structure(key, rows);
    }
}
