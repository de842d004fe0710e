package vn.dangbo.records.election;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.dangbo.records.shared.WordPages;

/**
 * The counting board's minutes (biên bản kiểm phiếu) of one round, with every figure the counting produced:
 * the base and the exclusions, attendance, ballots issued, received, valid and invalid (by reason), each
 * candidate's votes and shares, the elected, and a tie sent to a new round. A4, Times New Roman 14, in
 * Vietnamese: it is read out to the congress and filed with its records.
 */
public final class ElectionMinutesDocument {

    static final String TITLE = "BIÊN BẢN KIỂM PHIẾU";
    static final String BOARD = "BAN KIỂM PHIẾU";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private ElectionMinutesDocument() {
    }

    public static void writeDocx(RoundResult r, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            WordPages.a4(doc);
            heading(doc, r);
            para(doc, ParagraphAlignment.CENTER, 240, 0, TITLE, true, false);
            para(doc, ParagraphAlignment.CENTER, 0, 0, r.title() + " (bầu lần " + r.round() + ")", true, false);
            para(doc, ParagraphAlignment.CENTER, 0, 240, r.congressName() + ", nhiệm kỳ " + r.term(), false, true);
            para(doc, ParagraphAlignment.BOTH, 0, 60, opening(r), false, false);
            para(doc, ParagraphAlignment.LEFT, 120, 60, "I. SỐ LIỆU KIỂM PHIẾU", true, false);
            for (String line : figures(r)) {
                para(doc, ParagraphAlignment.BOTH, 0, 60, "- " + line, false, false);
            }
            if (!r.exclusions().isEmpty()) {
                para(doc, ParagraphAlignment.BOTH, 60, 60, "Các trường hợp loại trừ theo quy định:", false, true);
                XWPFTable t = WordPages.grid(doc, List.of("STT", "Họ và tên", "Lý do"));
                int i = 1;
                for (RoundResult.Exclusion x : r.exclusions()) {
                    WordPages.row(t, List.of(String.valueOf(i++), x.fullName(), x.reason()));
                }
            }
            para(doc, ParagraphAlignment.LEFT, 120, 60, "II. SỐ PHIẾU BẦU CHO TỪNG NGƯỜI", true, false);
            para(doc, ParagraphAlignment.BOTH, 0, 60, "(Xếp theo số phiếu từ cao xuống thấp; tỷ lệ so với "
                    + r.base() + " đại biểu làm căn cứ và so với " + r.valid() + " phiếu hợp lệ.)", false, true);
            XWPFTable t = WordPages.grid(doc, List.of("STT", "Họ và tên", "Số phiếu", "Tỷ lệ so với đại biểu (%)",
                    "Tỷ lệ so với phiếu hợp lệ (%)", "Kết quả"));
            int i = 1;
            for (RoundResult.Line l : r.candidates()) {
                WordPages.row(t, List.of(String.valueOf(i++), l.fullName(), String.valueOf(l.votes()), num(l.percentOfBase()),
                        num(l.percentOfValid()), outcome(l, r)));
            }
            para(doc, ParagraphAlignment.LEFT, 120, 60, "III. KẾT QUẢ", true, false);
            for (String line : conclusion(r)) {
                para(doc, ParagraphAlignment.BOTH, 0, 60, "- " + line, false, false);
            }
            para(doc, ParagraphAlignment.BOTH, 120, 60, "Biên bản được lập xong lúc " + time(r.closedAt())
                    + ", đã đọc lại cho các thành viên Ban Kiểm phiếu cùng nghe và nhất trí ký tên.", false, false);
            signature(doc, r);
            doc.write(out);
        }
    }

    static String opening(RoundResult r) {
        String board = r.countingBoard().isEmpty() ? "" : " gồm các đồng chí: " + String.join(", ", r.countingBoard());
        return "Ban Kiểm phiếu" + board + " đã tiến hành kiểm phiếu bầu " + r.title() + " (bầu lần " + r.round()
                + ", " + (r.mode() == RoundMode.PAPER ? "phiếu giấy, mỗi phiếu được nhập hai lần bởi hai người khác nhau"
                : "phiếu điện tử") + "), theo Quy chế bầu cử trong Đảng. Kết quả như sau:";
    }

    /** Every figure, in the order the minutes read them out. */
    static List<String> figures(RoundResult r) {
        List<String> s = new ArrayList<>();
        s.add("Số lượng cần bầu: " + r.seats() + (r.round() > 1 ? " (còn lại sau các lần bầu trước; tổng số "
                + r.electionSeats() + ")" : "") + ".");
        s.add("Số người trong danh sách bầu cử: " + r.candidates().size() + ".");
        s.add("Tổng số đại biểu chính thức được triệu tập: " + r.convened() + "; loại trừ theo quy định: "
                + r.excluded() + "; số đại biểu làm căn cứ tính kết quả: " + r.base() + ".");
        s.add("Số phiếu cần đạt để trúng cử (quá một phần hai số đại biểu làm căn cứ): " + r.votesNeeded() + ".");
        s.add("Số đại biểu có mặt có quyền bầu cử: " + r.present() + ".");
        s.add("Số phiếu phát ra: " + r.issued() + "; số phiếu thu vào: " + r.received() + ".");
        s.add("Số phiếu hợp lệ: " + r.valid() + "; số phiếu không hợp lệ: " + r.invalid() + invalidReasons(r) + ".");
        if (r.mode() == RoundMode.ELECTRONIC) {
            s.add("Số đại biểu đã bỏ phiếu điện tử: " + r.voters() + (r.voters() == r.received()
                    ? " (khớp với số phiếu thu vào)." : " (KHÔNG khớp với số phiếu thu vào: " + r.received() + ")."));
        }
        return s;
    }

    static List<String> conclusion(RoundResult r) {
        List<String> s = new ArrayList<>();
        List<RoundResult.Line> elected = r.elected();
        if (elected.isEmpty()) {
            s.add("Không có người trúng cử trong lần bầu này.");
        } else {
            StringBuilder names = new StringBuilder();
            for (RoundResult.Line l : elected) {
                names.append(names.isEmpty() ? "" : "; ").append("đồng chí ").append(l.fullName()).append(" (")
                        .append(l.votes()).append(" phiếu, ").append(num(l.percentOfBase())).append("%)");
            }
            s.add("Số người trúng cử: " + elected.size() + ", gồm: " + names + ".");
        }
        if (!r.tied().isEmpty()) {
            List<String> tied = r.candidates().stream().filter(RoundResult.Line::tied).map(RoundResult.Line::fullName)
                    .toList();
            s.add("Các đồng chí " + String.join(", ", tied) + " có số phiếu bằng nhau ở vị trí cuối cùng, quá một "
                    + "phần hai, vượt số lượng cần bầu: Đại hội bầu tiếp lần " + r.nextRound() + " trong số các đồng "
                    + "chí này cho " + r.seatsForTied() + " vị trí còn lại.");
        }
        if (r.seatsUnfilled() > 0) {
            s.add("Còn " + r.seatsUnfilled() + " vị trí chưa có người trúng cử (không đủ số người đạt quá một phần "
                    + "hai số phiếu).");
        }
        return s;
    }

    private static String invalidReasons(RoundResult r) {
        if (r.invalid() == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Long> e : r.invalidBy().entrySet()) {
            parts.add(reason(BallotVerdict.valueOf(e.getKey())) + ": " + e.getValue());
        }
        return " (" + String.join("; ", parts) + ")";
    }

    static String reason(BallotVerdict v) {
        return switch (v) {
            case TOO_MANY_KEPT -> "để số người nhiều hơn số lượng cần bầu";
            case ALL_CROSSED_OUT -> "gạch tên tất cả những người trong danh sách có số dư";
            case NOT_ISSUED -> "không phải phiếu do Ban Kiểm phiếu phát ra";
            case VALID -> "hợp lệ";
        };
    }

    private static String outcome(RoundResult.Line l, RoundResult r) {
        if (l.elected()) {
            return "Trúng cử";
        }
        if (l.tied()) {
            return "Bằng phiếu, bầu lần " + r.nextRound();
        }
        return l.passed() ? "Đạt quá 1/2, ngoài số lượng" : "Không trúng cử";
    }

    private static void heading(XWPFDocument doc, RoundResult r) {
        XWPFTable t = WordPages.borderless(doc, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        WordPages.cellPara(left, r.congressName().toUpperCase(new Locale("vi")), false);
        WordPages.cellPara(left, BOARD, true);
        WordPages.cellPara(left, "*", false);
        WordPages.cellPara(right, "ĐẢNG CỘNG SẢN VIỆT NAM", true).getRuns().get(0).setUnderline(UnderlinePatterns.SINGLE);
        ZonedDateTime d = (r.closedAt() == null ? Instant.now() : r.closedAt()).atZone(VIETNAM);
        WordPages.cellPara(right, "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear(),
                false).getRuns().get(0).setItalic(true);
    }

    private static void signature(XWPFDocument doc, RoundResult r) {
        XWPFTable t = WordPages.borderless(doc, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        WordPages.cellPara(left, "CÁC THÀNH VIÊN BAN KIỂM PHIẾU", true);
        for (String name : r.countingBoard()) {
            if (!name.equals(r.countingHead())) {
                WordPages.cellPara(left, name, false);
            }
        }
        XWPFTableCell right = t.getRow(0).getCell(1);
        WordPages.cellPara(right, "T/M " + BOARD, true);
        WordPages.cellPara(right, "TRƯỞNG BAN", true);
        WordPages.cellPara(right, "(Ký, ghi rõ họ tên)", false).getRuns().get(0).setItalic(true);
        WordPages.cellPara(right, "", false);
        WordPages.cellPara(right, "", false);
        WordPages.cellPara(right, r.countingHead() == null ? "" : r.countingHead(), true);
    }

    private static String time(Instant at) {
        ZonedDateTime d = (at == null ? Instant.now() : at).atZone(VIETNAM);
        return String.format("%02d giờ %02d phút, ngày %02d/%02d/%d", d.getHour(), d.getMinute(), d.getDayOfMonth(),
                d.getMonthValue(), d.getYear());
    }

    private static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment align, int before, int after, String text,
                                      boolean bold, boolean italic) {
        return WordPages.para(doc, align, before, after, text, bold, italic, WordPages.BODY);
    }

    /** 54.5 → "54,5": the Vietnamese decimal comma. */
    static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d).replace('.', ',');
    }
}
