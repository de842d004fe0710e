package vn.dangbo.records.library;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * An invented library for the demo ward: texts of the ward's own committee (numbers and contents made up for
 * the demo, not copies of real documents), two of them for every member to read, and one PDF made with PDFBox
 * at seeding time.
 */
public final class DemoLibrary {

    /** The title of the demo PDF, which the browser test opens. */
    public static final String PDF_TITLE = "Tài liệu sinh hoạt chuyên đề: An toàn thông tin trên điện thoại";

    private DemoLibrary() {
    }

    public static void write(Connection c, LocalDate today) throws SQLException {
        int year = today.getYear();
        richText(c, "Nghị quyết về nhiệm vụ trọng tâm năm " + year + " của Đảng bộ phường", "05-NQ/ĐU",
                "Đảng ủy phường", today.minusDays(40), DocumentCategory.RESOLUTION, true, """
                <h2>I. Mục tiêu</h2>
                <p>Nâng cao chất lượng <strong>sinh hoạt chi bộ</strong>; củng cố tổ chức cơ sở đảng; mỗi chi bộ có ít
                nhất một buổi sinh hoạt chuyên đề mỗi quý.</p>
                <h2>II. Nhiệm vụ và giải pháp</h2>
                <ol><li>Các chi bộ thông báo nội dung sinh hoạt trước ngày 25 hằng tháng.</li>
                <li>Đảng viên sử dụng sổ tay đảng viên điện tử để nhận thông báo và đọc tài liệu.</li>
                <li>Tổ chức lớp bồi dưỡng kỹ năng số cho đảng viên và nhân dân trong khu phố.</li></ol>
                <h2>III. Tổ chức thực hiện</h2>
                <p>Ban Xây dựng Đảng theo dõi, đôn đốc; các chi bộ báo cáo kết quả hằng quý về Đảng ủy.</p>""");
        richText(c, "Chỉ thị về tăng cường giữ mối liên hệ với nơi cư trú", "02-CT/ĐU", "Ban Thường vụ Đảng ủy",
                today.minusDays(75), DocumentCategory.DIRECTIVE, false, """
                <p>Đảng viên đang công tác tại cơ quan, đơn vị giữ mối liên hệ thường xuyên với chi bộ và
                nhân dân <em>nơi cư trú</em>; tham gia sinh hoạt tổ dân phố ít nhất một lần mỗi quý.</p>
                <p>Chi bộ nơi cư trú nhận xét đảng viên hằng năm và gửi về tổ chức đảng nơi đảng viên công tác.</p>""");
        richText(c, "Quy định về tiếp nhận ý kiến của đảng viên qua sổ tay điện tử", "03-QĐ/ĐU", "Đảng ủy phường",
                today.minusDays(20), DocumentCategory.REGULATION, false, """
                <p>Đảng viên gửi đề nghị sửa thông tin hồ sơ qua sổ tay; cán bộ tổ chức trả lời trong 10 ngày làm việc.</p>
                <table><thead><tr><th scope="col">Việc</th><th scope="col">Thời hạn</th></tr></thead>
                <tbody><tr><td>Tiếp nhận đề nghị</td><td>1 ngày</td></tr><tr><td>Trả lời đảng viên</td><td>10 ngày</td></tr></tbody></table>""");
        richText(c, "Tài liệu học tập: kỹ năng số cơ bản cho đảng viên", null, "Ban Tuyên giáo Đảng ủy",
                today.minusDays(10), DocumentCategory.STUDY, true, """
                <h3>1. Tài khoản định danh điện tử</h3>
                <p>Kích hoạt tài khoản định danh điện tử mức 2; không chia sẻ mã OTP cho bất kỳ ai.</p>
                <h3>2. Dịch vụ công trực tuyến</h3>
                <p>Nộp hồ sơ, tra cứu kết quả trên Cổng dịch vụ công; thanh toán phí, lệ phí không dùng tiền mặt.</p>
                <h3>3. Nhận biết lừa đảo</h3>
                <p>Cảnh giác với tin nhắn giả danh cơ quan nhà nước đề nghị chuyển tiền hoặc cài ứng dụng lạ.</p>""");
        List<String> paragraphs = List.of(
                "Tài liệu này dùng cho buổi sinh hoạt chuyên đề của các chi bộ trong Đảng bộ phường.",
                "Một. Đặt mật khẩu hoặc vân tay cho điện thoại; cập nhật hệ điều hành và ứng dụng thường xuyên.",
                "Hai. Chỉ cài ứng dụng từ kho ứng dụng chính thức; không bấm vào đường link lạ gửi qua tin nhắn.",
                "Ba. Không chụp ảnh, chia sẻ tài liệu của tổ chức đảng lên mạng xã hội.",
                "Bốn. Khi điện thoại bị mất, báo ngay cho chi bộ để khóa tài khoản sổ tay đảng viên điện tử.");
        byte[] pdf = SimplePdf.of(PDF_TITLE, paragraphs);
        PdfFile read = PdfFile.read(pdf);
        long id = insert(c, PDF_TITLE, "07-HD/ĐU", "Ban Tuyên giáo Đảng ủy", today.minusDays(5), DocumentCategory.STUDY,
                false, DocumentFormat.PDF, null, read.text());
        try (PreparedStatement ps = c.prepareStatement("UPDATE library_document SET file_name = ?, file_size = ?,"
                + " file_sha256 = ?, page_count = ? WHERE id = ?")) {
            ps.setString(1, "an-toan-thong-tin-tren-dien-thoai.pdf");
            ps.setLong(2, pdf.length);
            ps.setString(3, sha256(pdf));
            ps.setInt(4, read.pages());
            ps.setLong(5, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO library_file_part (document_id, part_no, content) VALUES (?, 0, ?)")) {
            ps.setLong(1, id);
            ps.setBytes(2, pdf);
            ps.executeUpdate();
        }
    }

    private static void richText(Connection c, String title, String number, String issuer, LocalDate issuedOn,
                                 DocumentCategory category, boolean mustRead, String html) throws SQLException {
        String clean = RichText.clean(html);
        insert(c, title, number, issuer, issuedOn, category, mustRead, DocumentFormat.RICH_TEXT, clean,
                RichText.text(clean));
    }

    private static long insert(Connection c, String title, String number, String issuer, LocalDate issuedOn,
                               DocumentCategory category, boolean mustRead, DocumentFormat format, String html,
                               String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO library_document (title, doc_number, issuer,"
                + " issued_on, category, must_read, format, html, body_text, search_text, published_by, published_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, title);
            ps.setString(2, number);
            ps.setString(3, issuer);
            ps.setDate(4, Date.valueOf(issuedOn));
            ps.setString(5, category.name());
            ps.setBoolean(6, mustRead);
            ps.setString(7, format.name());
            ps.setString(8, html);
            ps.setString(9, text);
            ps.setString(10, LibrarySearch.index(title, number, issuer, text));
            ps.setTimestamp(11, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
