package vn.dangbo.records.congress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.dangbo.records.member.PoliticalTheory;
import vn.dangbo.records.member.Sex;
import vn.dangbo.records.partyage.PartyAge;

/** The credential report's figures against a known roster, opening on 15/10/2025. */
class CredentialFiguresTest {

    private static final LocalDate OPENING = LocalDate.of(2025, 10, 15);

    private final Congress congress = new Congress(new CongressDetails("Đại hội đại biểu Đảng bộ phường lần thứ I",
            "WARD", "2025-2030", OPENING, OPENING.plusDays(1), "Hội trường"), "test");
    private final CongressSession session = new CongressSession(1, 1, "Phiên trù bị", Instant.now());

    private static CredentialFigures.Entry official(long id, String name, DelegateBasis basis, Sex sex, LocalDate birth,
                                                    String ethnicity, String education, String qualification,
                                                    PoliticalTheory theory, PartyAge partyAge, String occupation,
                                                    boolean present, String absenceReason) {
        return new CredentialFigures.Entry(id, DelegateKind.OFFICIAL, basis, DelegateStatus.CONVENED, name,
                "Chi bộ " + id, sex, birth, ethnicity, education, qualification, theory, occupation, partyAge,
                present, absenceReason, null, null, null);
    }

    private static CredentialFigures.Entry questioned(CredentialFigures.Entry e, DelegateStatus status, String question,
                                                      CredentialDecision decision, String note) {
        return new CredentialFigures.Entry(e.delegateId(), e.kind(), e.basis(), status, e.fullName(), e.delegation(),
                e.sex(), e.birthDate(), e.ethnicity(), e.generalEducation(), e.professionalQualification(),
                e.politicalTheory(), e.occupation(), e.partyAge(), e.present(), e.absenceReason(), question, decision,
                note);
    }

    private List<CredentialFigures.Entry> roster() {
        var a = official(1, "Nguyễn Văn An", DelegateBasis.EX_OFFICIO, Sex.MALE, LocalDate.of(1995, 10, 16), "Kinh",
                "12/12", "Cử nhân Luật", PoliticalTheory.ELEMENTARY, PartyAge.since(LocalDate.of(2020, 1, 1)),
                "Công chức", true, null);
        var b = official(2, "Hoàng Thị Bích", DelegateBasis.ELECTED, Sex.FEMALE, LocalDate.of(1995, 10, 15), "Tày",
                "12/12", "Kỹ sư", PoliticalTheory.INTERMEDIATE, PartyAge.since(LocalDate.of(2015, 10, 15)),
                "Giáo viên", true, null);
        var c = questioned(official(3, "Lê Thị Cúc", DelegateBasis.ELECTED, Sex.FEMALE, LocalDate.of(1985, 10, 16),
                        "kinh ", "12/12", "Cử nhân Luật", PoliticalTheory.INTERMEDIATE,
                        PartyAge.since(LocalDate.of(2005, 10, 16)), "Công chức", true, null),
                DelegateStatus.CONVENED, "Đơn phản ánh về nơi cư trú", CredentialDecision.ACCEPTED, "Đã xác minh");
        var d = official(4, "Trần Văn Dũng", DelegateBasis.ELECTED, Sex.MALE, LocalDate.of(1965, 10, 15), "Kinh",
                "10/10", null, PoliticalTheory.ADVANCED, PartyAge.since(LocalDate.of(1985, 10, 15)), "Hưu trí",
                false, "Ốm, nằm viện");
        // Five years outside the Party (removed in 1995, re-admitted in 2000): 35 years since admission, 30 counted.
        var e = official(5, "Thạch Văn Em", DelegateBasis.APPOINTED, Sex.MALE, LocalDate.of(1966, 1, 1), "Khmer",
                "10/10", "Kỹ sư", PoliticalTheory.ADVANCED, new PartyAge(LocalDate.of(1990, 1, 1),
                        List.of(new PartyAge.Interruption(LocalDate.of(1995, 1, 1), LocalDate.of(2000, 1, 1)))),
                "Hưu trí", false, null);
        var f = official(6, "Phạm Thị Phương", DelegateBasis.ELECTED, Sex.FEMALE, LocalDate.of(1975, 6, 1), "Kinh",
                "12/12", "Cử nhân Luật", PoliticalTheory.BACHELOR, PartyAge.since(LocalDate.of(2000, 6, 1)),
                "Công chức", true, null);
        var g = questioned(official(7, "Đỗ Văn Giang", DelegateBasis.ELECTED, Sex.MALE, LocalDate.of(1980, 3, 3),
                        "Kinh", "12/12", "Kỹ sư", PoliticalTheory.NONE, PartyAge.since(LocalDate.of(2010, 1, 1)),
                        "Kinh doanh", false, null),
                DelegateStatus.WITHDRAWN, "Đang bị xem xét kỷ luật", CredentialDecision.REJECTED, "Không đủ tư cách");
        var h = new CredentialFigures.Entry(8, DelegateKind.ALTERNATE, DelegateBasis.ELECTED, DelegateStatus.CONVENED,
                "Vũ Thị Hạnh", "Chi bộ 8", Sex.FEMALE, LocalDate.of(2000, 1, 1), "Kinh", "12/12", null, null,
                null, PartyAge.since(LocalDate.of(2022, 1, 1)), true, null, null, null, null);
        var i = new CredentialFigures.Entry(9, DelegateKind.GUEST, null, DelegateStatus.CONVENED, "Khách Mời",
                "Mặt trận Tổ quốc", null, null, null, null, null, null, null, null, false, null, null, null, null);
        return List.of(a, b, c, d, e, f, g, h, i);
    }

    private CredentialReport report() {
        return CredentialFigures.compute(congress, session, List.of(session), roster(), "Đảng bộ phường Thử",
                "Lê Thị Cúc");
    }

    private static String rows(CredentialReport r, String key) {
        return r.structure(key).rows().stream().map(s -> s.key() + "=" + s.count() + "/" + s.percent())
                .collect(Collectors.joining(" "));
    }

    @Test
    void attendanceCountsTheOfficialDelegatesStillConvened() {
        CredentialReport r = report();
        assertEquals(6, r.convened(), "the rejected delegate is withdrawn, alternates and guests are not counted");
        assertEquals(4, r.present());
        assertEquals(66.7, r.presentPercent());
        assertEquals(2, r.absent());
        assertEquals(1, r.absentWithReason());
        assertEquals(16.7, r.absentWithReasonPercent());
        assertEquals(1, r.absentWithoutReason());
        assertEquals(16.7, r.absentWithoutReasonPercent());
        assertEquals(4, r.quorumNeeded());
        assertTrue(r.quorumReached());
        assertEquals(List.of("Trần Văn Dũng:Ốm, nằm viện", "Thạch Văn Em:null"), r.absences().stream()
                .map(a -> a.fullName() + ":" + a.reason()).toList());
        assertEquals(1, r.withdrawn());
        assertEquals(1, r.alternates());
        assertEquals(1, r.alternatesPresent());
        assertEquals(1, r.guests());
        assertEquals(0, r.guestsPresent());
        assertEquals("EX_OFFICIO=1/16.7 ELECTED=4/66.7 APPOINTED=1/16.7", r.byBasis().stream()
                .map(s -> s.key() + "=" + s.count() + "/" + s.percent()).collect(Collectors.joining(" ")));
        assertEquals("Phiên trù bị", r.sessionName());
    }

    @Test
    void structuresCountAgesAndPartyAgesAtTheOpeningDate() {
        CredentialReport r = report();
        assertEquals("MALE=3/50.0 FEMALE=3/50.0", rows(r, "sex"));
        assertEquals("UNDER_30=1/16.7 30_39=2/33.3 40_49=0/0.0 50_59=2/33.3 60_PLUS=1/16.7", rows(r, "ageBand"),
                "29 the day before the 30th birthday, 30 on it; 60 on the 60th birthday");
        assertEquals("Kinh=4/66.7 Khmer=1/16.7 Tày=1/16.7", rows(r, "ethnicity"), "Kinh first, whatever the case");
        assertEquals(2, r.ethnicMinorities());
        assertEquals(33.3, r.ethnicMinoritiesPercent());
        assertEquals("12/12=4/66.7 10/10=2/33.3", rows(r, "generalEducation"));
        assertEquals("Cử nhân Luật=3/50.0 Kỹ sư=2/33.3 UNKNOWN=1/16.7", rows(r, "professionalQualification"));
        assertEquals("NONE=0/0.0 ELEMENTARY=1/16.7 INTERMEDIATE=2/33.3 ADVANCED=2/33.3 BACHELOR=1/16.7",
                rows(r, "politicalTheory"));
        assertEquals("UNDER_10=1/16.7 10_19=2/33.3 20_29=1/16.7 30_39=1/16.7 40_PLUS=1/16.7", rows(r, "partyAgeBand"),
                "10 years on the anniversary; the interruption is not counted");
        assertEquals("Công chức=3/50.0 Hưu trí=2/33.3 Giáo viên=1/16.7", rows(r, "occupation"));
        assertEquals("Nguyễn Văn An", r.youngest().fullName());
        assertEquals(29, r.youngest().age());
        assertEquals("Trần Văn Dũng", r.oldest().fullName());
        assertEquals(60, r.oldest().age());
        assertEquals(44.5, r.averageAge());
        assertEquals("Dưới 30 tuổi", r.structure("ageBand").rows().get(0).label());
        assertEquals("Chưa ghi", r.structure("professionalQualification").rows().get(2).label());
    }

    @Test
    void questionedCredentialsKeepTheCommitteesDecision() {
        CredentialReport r = report();
        assertEquals(List.of("Lê Thị Cúc:ACCEPTED:Công nhận tư cách đại biểu:Đã xác minh",
                        "Đỗ Văn Giang:REJECTED:Không công nhận tư cách đại biểu:Không đủ tư cách"),
                r.questioned().stream().map(q -> q.fullName() + ":" + q.decision() + ":" + q.decisionLabel() + ":"
                        + q.note()).toList());
        assertEquals(9, r.delegates().size(), "the list has everyone, guests too");
        CredentialReport.Line e = r.delegates().get(4);
        assertEquals(30, e.partyYears());
        assertEquals(59, e.age());
    }

    @Test
    void percentagesHaveOneDecimalRoundedHalfUp() {
        assertEquals(66.7, CredentialFigures.percent(2, 3));
        assertEquals(12.5, CredentialFigures.percent(1, 8));
        assertEquals(6.3, CredentialFigures.percent(1, 16));
        assertEquals(0.0, CredentialFigures.percent(0, 0));
        assertEquals("UNKNOWN", CredentialFigures.partyAgeBand(Optional.empty()));
        assertEquals("40_PLUS", CredentialFigures.partyAgeBand(Optional.of(40)));
        assertEquals("UNDER_10", CredentialFigures.partyAgeBand(Optional.of(9)));
    }

    @Test
    void beforeAnySessionNobodyIsPresent() {
        List<CredentialFigures.Entry> absentAll = roster().stream().map(e -> new CredentialFigures.Entry(
                e.delegateId(), e.kind(), e.basis(), e.status(), e.fullName(), e.delegation(), e.sex(), e.birthDate(),
                e.ethnicity(), e.generalEducation(), e.professionalQualification(), e.politicalTheory(),
                e.occupation(), e.partyAge(), false, e.absenceReason(), null, null, null)).toList();
        CredentialReport r = CredentialFigures.compute(congress, null, List.of(), absentAll, null, null);
        assertNull(r.sessionId());
        assertEquals(0, r.present());
        assertEquals(6, r.absent());
        assertFalse(r.quorumReached());
        assertTrue(r.questioned().isEmpty());
    }

    @Test
    void theDocumentsTellTheSameFigures() throws Exception {
        CredentialReport r = report();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        CredentialReportDocument.writeDocx(r, docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String t = text.getText();
            assertTrue(t.contains("BÁO CÁO THẨM TRA TƯ CÁCH ĐẠI BIỂU"), t);
            assertTrue(t.contains("ĐẢNG BỘ PHƯỜNG THỬ"), t);
            assertTrue(t.contains("Tổng số đại biểu chính thức được triệu tập: 6 đồng chí"), t);
            assertTrue(t.contains("Số đại biểu có mặt: 4 đồng chí, chiếm 66,7%"), t);
            assertTrue(t.contains("nam 3 đồng chí (50,0%); nữ 3 đồng chí (50,0%)"), t);
            assertTrue(t.contains("đại biểu trẻ tuổi nhất là đồng chí Nguyễn Văn An, 29 tuổi"), t);
            assertTrue(t.contains("Đang bị xem xét kỷ luật"), t);
            assertTrue(t.contains("Không công nhận tư cách đại biểu: Không đủ tư cách"), t);
            assertTrue(t.contains("TRƯỞNG BAN"), t);
            assertTrue(t.contains("Lê Thị Cúc"), t);
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        CredentialReportWorkbook.write(r, xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertEquals(11, wb.getNumberOfSheets(), "summary, 8 structures, questioned, the list");
            var sex = wb.getSheet("Giới tính");
            assertEquals("Nam", sex.getRow(3).getCell(0).getStringCellValue());
            assertEquals(3, sex.getRow(3).getCell(1).getNumericCellValue());
            assertEquals(0.5, sex.getRow(3).getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(9, wb.getSheet("Danh sách đại biểu").getLastRowNum(), "the header, then 9 lines");
        }
    }
}
