package vn.dangbo.records.wardpublic;

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
 * The demo ward's public page: a notice the officer marked public (sent ten days ago and read by everyone, so the
 * members' unread notices stay as the handbook demo expects), the first cell's running class opened to residents,
 * and one resident's request waiting for the cell. Names and numbers are invented.
 */
public final class DemoWardPage {

    private DemoWardPage() {
    }

    public static void write(Connection c, DemoWard ward, LocalDate today) throws SQLException {
        if (ward.members().size() < DemoWard.FIXED_MEMBERS) {
            return;
        }
        List<DemoWard.Member> everyone = ward.members().stream()
                .filter(m -> m.status() == MemberStatus.FULL || m.status() == MemberStatus.PROBATIONARY)
                .filter(m -> m.id() != 3).toList();
        LocalDateTime sent = today.minusDays(10).atTime(9, 0);
        long notice;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notice (title, body, important, ward_wide, sent_by,"
                + " sender_name, published_at, recipient_count, public_notice) VALUES (?, ?, FALSE, TRUE, 'canbo.tochuc',"
                + " 'Phạm Minh Đức', ?, ?, TRUE)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, "Lịch tiếp công dân và tiếp nhận ý kiến của Nhân dân");
            ps.setString(2, """
                    Đảng ủy, Ủy ban nhân dân phường tiếp công dân vào sáng thứ Năm hằng tuần, từ 7 giờ 30 đến 11 giờ, \
                    tại Trụ sở Ủy ban nhân dân phường.
                    Người dân có thể gửi ý kiến, kiến nghị trực tiếp, qua hòm thư góp ý tại nhà văn hóa các khu phố, \
                    hoặc qua trang góp ý dự thảo văn kiện Đại hội trên trang này.""");
            ps.setTimestamp(3, Timestamp.valueOf(sent));
            ps.setInt(4, everyone.size());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                notice = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO notice_recipient (notice_id, member_id, cell_id, read_at) VALUES (?, ?, ?, ?)")) {
            for (DemoWard.Member m : everyone) {
                ps.setLong(1, notice);
                ps.setLong(2, m.id());
                ps.setLong(3, m.cellId());
                ps.setTimestamp(4, Timestamp.valueOf(sent.plusHours(1 + m.id() % 48)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        long firstCell = ward.members().get(0).cellId();
        Long classId = null;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM skills_class WHERE unit_id = ? ORDER BY id LIMIT 1")) {
            ps.setLong(1, firstCell);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    classId = rs.getLong(1);
                }
            }
        }
        if (classId == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO skills_class_public (class_id, open_enrolment,"
                + " changed_by, changed_at) VALUES (?, TRUE, 'bithu.cb01', ?)")) {
            ps.setLong(1, classId);
            ps.setTimestamp(2, Timestamp.valueOf(today.minusDays(7).atTime(20, 0)));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO enrolment_request (class_id, full_name, phone,"
                + " neighbourhood, state, received_at) VALUES (?, 'Lương Thị Nga', '0389000111', 'Khu phố 3', 'PENDING', ?)")) {
            ps.setLong(1, classId);
            ps.setTimestamp(2, Timestamp.valueOf(today.minusDays(1).atTime(18, 30)));
            ps.executeUpdate();
        }
    }
}
