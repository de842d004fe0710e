package vn.dangbo.records.notice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.dangbo.records.demo.DemoWard;
import vn.dangbo.records.member.MemberStatus;

/**
 * Invented notices for the demo ward: one from the ward's officer to everyone (most have read it), and two
 * from the first cell's secretary to that cell, the latest unread by all, so the handbook home of
 * {@code dangvien.01} shows unread notices and {@code bithu.cb01} sees receipts at once.
 */
public final class DemoNotices {

    private DemoNotices() {
    }

    public static void write(Connection c, DemoWard ward, LocalDate today) throws SQLException {
        if (ward.members().size() < DemoWard.FIXED_MEMBERS) {
            return;
        }
        // Senders are not recipients of their own notices: the officer is member 3, the secretary member 1.
        List<DemoWard.Member> everyone = ward.members().stream().filter(DemoNotices::receives)
                .filter(m -> m.id() != 3).toList();
        DemoWard.Member secretary = ward.member(1);
        long cellId = secretary.cellId();
        List<DemoWard.Member> cell = ward.membersOf(cellId).stream().filter(DemoNotices::receives)
                .filter(m -> m.id() != secretary.id()).toList();

        long ward1 = insert(c, "Triển khai học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2025–2030",
                """
                        Kính gửi các đồng chí đảng viên,

                        Ban Thường vụ Đảng ủy phường tổ chức học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường \
                        nhiệm kỳ 2025–2030 tại các chi bộ trong tháng này.
                        Các chi bộ bố trí sinh hoạt chuyên đề, mỗi đảng viên viết bài thu hoạch nộp về chi bộ.

                        Tài liệu học tập có tại Văn phòng Đảng ủy và trong sổ tay đảng viên điện tử.""",
                true, true, "canbo.tochuc", "Phạm Minh Đức", today.minusDays(6).atTime(8, 0), everyone.size());
        long cell1 = insert(c, "Thu đảng phí quý IV",
                """
                        Chi bộ thu đảng phí quý IV vào buổi sinh hoạt chi bộ định kỳ.
                        Đồng chí nào vắng xin nộp trực tiếp cho đồng chí Bí thư chi bộ trước ngày 25.""",
                false, false, "bithu.cb01", secretary.fullName(), today.minusDays(3).atTime(19, 0), cell.size());
        long cell2 = insert(c, "Nhắc lịch sinh hoạt chi bộ tháng " + today.plusMonths(1).getMonthValue(),
                """
                        Chi bộ sinh hoạt định kỳ lúc 19 giờ 30 ngày 10, tại Nhà văn hóa khu phố 1.
                        Đề nghị các đồng chí đọc trước tài liệu trong sổ tay và tham dự đầy đủ.""",
                true, false, "bithu.cb01", secretary.fullName(), today.atTime(7, 30), cell.size());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notice_unit (notice_id, unit_id) VALUES (?, ?)")) {
            for (long n : new long[] {cell1, cell2}) {
                ps.setLong(1, n);
                ps.setLong(2, cellId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO notice_recipient (notice_id, member_id, cell_id, read_at) VALUES (?, ?, ?, ?)")) {
            LocalDateTime wardSent = today.minusDays(6).atTime(8, 0);
            for (DemoWard.Member m : everyone) {
                // Two of three have read the ward's notice, spread over the following days.
                boolean read = m.id() % 3 != 0;
                add(ps, ward1, m, read ? wardSent.plusHours(2 + m.id() % 90) : null);
            }
            LocalDateTime cellSent = today.minusDays(3).atTime(19, 0);
            for (DemoWard.Member m : cell) {
                boolean read = m.id() != 4 && m.id() % 2 == 1;
                add(ps, cell1, m, read ? cellSent.plusMinutes(30 + m.id() * 7) : null);
                add(ps, cell2, m, null);
            }
            ps.executeBatch();
        }
    }

    private static boolean receives(DemoWard.Member m) {
        return m.status() == MemberStatus.FULL || m.status() == MemberStatus.PROBATIONARY;
    }

    private static void add(PreparedStatement ps, long notice, DemoWard.Member m, LocalDateTime readAt)
            throws SQLException {
        ps.setLong(1, notice);
        ps.setLong(2, m.id());
        ps.setLong(3, m.cellId());
        ps.setTimestamp(4, readAt == null ? null : Timestamp.valueOf(readAt));
        ps.addBatch();
    }

    private static long insert(Connection c, String title, String body, boolean important, boolean wardWide,
                               String by, String name, LocalDateTime at, int recipients) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notice (title, body, important, ward_wide, sent_by,"
                + " sender_name, published_at, recipient_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, title);
            ps.setString(2, body);
            ps.setBoolean(3, important);
            ps.setBoolean(4, wardWide);
            ps.setString(5, by);
            ps.setString(6, name);
            ps.setTimestamp(7, Timestamp.valueOf(at));
            ps.setInt(8, recipients);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
