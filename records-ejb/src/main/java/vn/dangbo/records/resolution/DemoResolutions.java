package vn.dangbo.records.resolution;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import vn.dangbo.records.demo.DemoWard;

/**
 * Invented follow-up data for the demo ward: the ward congress resolution 2025–2030 with ten tasks and the
 * ward's plan for Resolution 57-NQ/TW with eight, dated relative to today so the dashboard always shows some done
 * (with evidence), some on time, some at risk and some overdue. Cell 1 ({@code bithu.cb01}) and the first cell of
 * the sub-committee ({@code bithu.cb02}) have open tasks to report on from their phones.
 */
public final class DemoResolutions {

    /** A 1×1 PNG: the demo's evidence photo (a real one would be a scan of minutes or a photo of the event). */
    static final byte[] PHOTO = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private DemoResolutions() {
    }

    /** One task to write: percent -1 = no report yet; done = completed with evidence. */
    private record Plan(String title, long unitId, String indicator, BigDecimal target, String unit,
                        int startMonthsAgo, int deadlineInDays, int percent, boolean done, String note) {
    }

    public static void write(Connection c, DemoWard ward, LocalDate today) throws SQLException {
        if (ward.members().size() < DemoWard.FIXED_MEMBERS) {
            return;
        }
        long wardUnit = DemoWard.WARD_UNIT_ID;
        long cell1 = ward.member(1).cellId();
        long cell2 = ward.member(2).cellId();
        long office = ward.member(3).cellId();
        long school = ward.member(6).cellId();
        List<DemoWard.Unit> cells = ward.cells();
        long police = cellNamed(ward, "Chi bộ Công an phường", cells.get(Math.min(2, cells.size() - 1)).id());
        long health = cellNamed(ward, "Chi bộ Trạm Y tế phường", cells.get(Math.min(3, cells.size() - 1)).id());

        LocalDate congressDay = today.minusMonths(14);
        long congress = resolution(c, "CONGRESS", "01-NQ/ĐH",
                "Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025–2030", congressDay,
                "Đại hội đại biểu Đảng bộ phường");
        List<Plan> congressTasks = List.of(
                new Plan("Kết nạp đảng viên mới trong năm", wardUnit, "Số đảng viên kết nạp", bd(40), "đảng viên",
                        14, 40, 80, false, "Đã kết nạp 32 đồng chí; 6 hồ sơ đang thẩm định."),
                new Plan("Xây dựng chi bộ khu phố 1 đạt chuẩn \"Chi bộ 4 tốt\"", cell1, null, null, null,
                        14, 9, 35, false, "Đã rà soát tiêu chí, còn thiếu tiêu chí sinh hoạt chuyên đề."),
                new Plan("Vận động nhân dân hiến đất mở rộng hẻm 12 khu phố 1", cell1, "Chiều dài hẻm mở rộng",
                        bd(300), "m", 14, -25, 60, false, "Đã vận động 8 hộ, hoàn thành 180 m."),
                new Plan("Tổ chức sinh hoạt chuyên đề về chuyển đổi số tại 100% chi bộ", wardUnit,
                        "Tỷ lệ chi bộ sinh hoạt chuyên đề", bd(100), "%", 14, -60, 100, true,
                        "Toàn bộ chi bộ đã sinh hoạt chuyên đề; kèm biên bản tổng hợp."),
                new Plan("Giảm tỷ lệ hộ nghèo theo chuẩn mới xuống dưới 1%", wardUnit, null, null, null,
                        14, 600, 45, false, "Còn 23 hộ nghèo, giảm 11 hộ so với đầu nhiệm kỳ."),
                new Plan("Hoàn thành bê tông hóa các tuyến hẻm tổ dân phố 1", cell2, "Số tuyến hẻm", bd(6), "tuyến",
                        14, 5, 50, false, "Đã hoàn thành 3 tuyến, 3 tuyến chờ kinh phí."),
                new Plan("Bảo đảm an ninh trật tự, không để xảy ra điểm nóng", police, null, null, null,
                        14, 400, 50, false, "Tình hình ổn định, không phát sinh điểm nóng."),
                new Plan("Tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi", health, "Tỷ lệ tiêm chủng", bd(98), "%",
                        14, -10, 90, false, "Đạt 88,2%; còn một số trẻ tạm trú chưa tiêm."),
                new Plan("Phát triển đoàn viên, hội viên các đoàn thể", office, null, null, null,
                        14, 250, -1, false, null),
                new Plan("Xây dựng trường đạt chuẩn quốc gia mức độ 2", school, null, null, null,
                        14, -5, 100, true, "Đã có quyết định công nhận; kèm bản chụp quyết định."));
        tasks(c, congress, congressTasks, today);

        LocalDate planDay = today.minusMonths(10);
        long plan57 = resolution(c, "POLITBURO", "57-NQ/TW",
                "Kế hoạch thực hiện Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo"
                        + " và chuyển đổi số quốc gia", planDay, "Ban Thường vụ Đảng ủy phường");
        List<Plan> plan57Tasks = List.of(
                new Plan("Mở lớp \"Bình dân học vụ số\" cho người dân khu phố 1", cell1, "Số người dân hoàn thành",
                        bd(60), "người", 10, 12, 40, false, "Đã mở 1 lớp, 24 học viên hoàn thành."),
                new Plan("100% đảng viên chi bộ cài đặt và sử dụng Sổ tay đảng viên điện tử", cell1,
                        "Tỷ lệ đảng viên sử dụng", bd(100), "%", 10, 45, 70, false, "Đã hướng dẫn cài đặt cho 70% đảng viên."),
                new Plan("Thành lập tổ công nghệ số cộng đồng tổ dân phố 1", cell2, null, null, null,
                        10, 8, 20, false, "Đã có danh sách dự kiến, chưa ra quyết định."),
                new Plan("Hướng dẫn người dân thanh toán không dùng tiền mặt", cell2, "Số hộ được hướng dẫn",
                        bd(150), "hộ", 10, 90, 55, false, "Đã hướng dẫn 83 hộ."),
                new Plan("Số hóa hồ sơ đảng viên của Đảng bộ phường", office, "Tỷ lệ hồ sơ số hóa", bd(100), "%",
                        10, -15, 100, true, "Đã số hóa toàn bộ hồ sơ; kèm biên bản nghiệm thu."),
                new Plan("Ứng dụng chữ ký số trong văn bản của Đảng ủy", wardUnit, null, null, null,
                        10, -3, 70, false, "Đã cấp chữ ký số cho 7/10 đồng chí."),
                new Plan("Tổ chức cuộc thi sáng kiến chuyển đổi số trong trường học", school, null, null, null,
                        10, 120, -1, false, null),
                new Plan("Đăng ký khám chữa bệnh bằng căn cước điện tử tại trạm y tế", health,
                        "Tỷ lệ lượt khám dùng căn cước", bd(80), "%", 10, 200, 65, false, "Đạt 52% số lượt khám."));
        tasks(c, plan57, plan57Tasks, today);
    }

    private static long cellNamed(DemoWard ward, String name, long fallback) {
        return ward.cells().stream().filter(u -> u.name().equals(name)).map(DemoWard.Unit::id).findFirst()
                .orElse(fallback);
    }

    private static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }

    private static long resolution(Connection c, String kind, String code, String title, LocalDate issued,
                                   String issuer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO resolution (kind, code, title, issued_on, issuer,"
                + " created_by, created_at) VALUES (?, ?, ?, ?, ?, 'canbo.tochuc', ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind);
            ps.setString(2, code);
            ps.setString(3, title);
            ps.setObject(4, issued);
            ps.setString(5, issuer);
            ps.setTimestamp(6, Timestamp.valueOf(issued.plusDays(3).atTime(9, 0)));
            ps.executeUpdate();
            return key(ps);
        }
    }

    private static void tasks(Connection c, long resolution, List<Plan> plans, LocalDate today) throws SQLException {
        for (Plan p : plans) {
            LocalDate start = today.minusMonths(p.startMonthsAgo());
            LocalDate deadline = today.plusDays(p.deadlineInDays());
            LocalDateTime reportedAt = p.percent() < 0 ? null
                    : (p.done() ? deadline.minusDays(3) : today.minusDays(4 + p.title().length() % 20)).atTime(16, 30);
            BigDecimal value = p.target() == null || p.percent() < 0 ? null
                    : p.target().multiply(bd(p.percent())).divide(bd(100), 2, java.math.RoundingMode.FLOOR);
            long task;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO resolution_task (resolution_id, title, unit_id,"
                    + " starts_on, deadline, indicator, target_value, target_unit, progress_percent, last_value,"
                    + " last_report_at, done_at, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " 'canbo.tochuc', ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, resolution);
                ps.setString(2, p.title());
                ps.setLong(3, p.unitId());
                ps.setObject(4, start);
                ps.setObject(5, deadline);
                ps.setString(6, p.indicator());
                ps.setBigDecimal(7, p.target());
                ps.setString(8, p.unit());
                ps.setInt(9, Math.max(0, p.percent()));
                ps.setBigDecimal(10, value);
                ps.setTimestamp(11, reportedAt == null ? null : Timestamp.valueOf(reportedAt));
                ps.setTimestamp(12, p.done() ? Timestamp.valueOf(reportedAt) : null);
                ps.setTimestamp(13, Timestamp.valueOf(start.atTime(8, 0)));
                ps.executeUpdate();
                task = key(ps);
            }
            if (reportedAt == null) {
                continue;
            }
            long report;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO resolution_task_report (task_id, reported_by,"
                    + " reporter_name, reported_at, reached_value, percent, done, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, task);
                ps.setString(2, "canbo.tochuc");
                ps.setString(3, "Phạm Minh Đức");
                ps.setTimestamp(4, Timestamp.valueOf(reportedAt));
                if (value == null) {
                    ps.setNull(5, Types.DECIMAL);
                } else {
                    ps.setBigDecimal(5, value);
                }
                ps.setInt(6, p.percent());
                ps.setBoolean(7, p.done());
                ps.setString(8, p.note());
                ps.executeUpdate();
                report = key(ps);
            }
            if (p.done()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO resolution_task_evidence (task_id,"
                        + " report_id, file_name, content_type, file_size, file_sha256, uploaded_by, uploaded_at,"
                        + " content) VALUES (?, ?, 'bien-ban.png', 'image/png', ?, ?, 'canbo.tochuc', ?, ?)")) {
                    ps.setLong(1, task);
                    ps.setLong(2, report);
                    ps.setLong(3, PHOTO.length);
                    ps.setString(4, sha256(PHOTO));
                    ps.setTimestamp(5, Timestamp.valueOf(reportedAt));
                    ps.setBytes(6, PHOTO);
                    ps.executeUpdate();
                }
            }
        }
    }

    private static String sha256(byte[] b) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long key(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
