package vn.dangbo.records.meeting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import vn.dangbo.records.demo.DemoWard;
import vn.dangbo.records.member.MemberStatus;

/**
 * Invented meetings for the demo ward's first cell, so the Sinh hoạt chi bộ page has a year to show: a closed
 * regular meeting for each past month of this year (up to six), one member with two unexcused absences
 * (warning) and one with three (flag), and next month's meeting planned in time.
 */
public final class DemoMeetings {

    private DemoMeetings() {
    }

    public static void write(Connection c, DemoWard ward, LocalDate today) throws SQLException {
        if (ward.members().isEmpty()) {
            return;
        }
        long cellId = ward.members().get(0).cellId();
        List<DemoWard.Member> required = ward.membersOf(cellId).stream()
                .filter(m -> m.status() == MemberStatus.FULL || m.status() == MemberStatus.PROBATIONARY).toList();
        // The fixed demo accounts (members 1-6) keep a clean record; the absentees are generated members.
        List<DemoWard.Member> others = required.stream().filter(m -> m.id() > DemoWard.FIXED_MEMBERS).toList();
        Long warned = others.size() > 0 ? others.get(0).id() : null;
        Long flagged = others.size() > 1 ? others.get(1).id() : null;
        YearMonth now = YearMonth.from(today);
        int firstMonth = Math.max(1, now.getMonthValue() - 6);
        int absences = 0;
        int warnedAbsences = 0;
        for (int month = firstMonth; month < now.getMonthValue(); month++) {
            YearMonth ym = YearMonth.of(today.getYear(), month);
            LocalDateTime start = ym.atDay(10).atTime(19, 30);
            int present = 0;
            long id = insertMeeting(c, cellId, "REGULAR", start, "Sinh hoạt chi bộ định kỳ tháng " + month,
                    ym.minusMonths(1).atDay(25).atTime(8, 0), true);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO meeting_attendance (meeting_id, member_id,"
                    + " status, reason, self_check_in, marked_by, marked_at) VALUES (?, ?, ?, ?, FALSE, 'demo', ?)")) {
                for (DemoWard.Member m : required) {
                    String status = "PRESENT";
                    String reason = null;
                    if (flagged != null && m.id() == flagged && absences < 3) {
                        status = "UNEXCUSED";
                        absences++;
                    } else if (warned != null && m.id() == warned && month % 2 == 0 && warnedAbsences < 2) {
                        status = "UNEXCUSED";
                        warnedAbsences++;
                    } else if (warned != null && m.id() == warned) {
                        status = "EXCUSED";
                        reason = "Đi công tác";
                    }
                    if (status.equals("PRESENT")) {
                        present++;
                    }
                    ps.setLong(1, id);
                    ps.setLong(2, m.id());
                    ps.setString(3, status);
                    ps.setString(4, reason);
                    ps.setTimestamp(5, Timestamp.valueOf(start.plusMinutes(5)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE cell_meeting SET state = 'CLOSED', closed_at = ?,"
                    + " required_count = ?, present_count = ?, quorum_numerator = ?, quorum_denominator = ?,"
                    + " quorum_met = ?, minutes_content = ?, minutes_resolutions = ?, votes_for = ?, votes_against = 0,"
                    + " votes_abstain = 0, chair_name = ?, secretary_name = ?, minutes_by = 'demo', minutes_at = ?"
                    + " WHERE id = ?")) {
                Quorum q = Quorum.DEFAULT;
                ps.setTimestamp(1, Timestamp.valueOf(start.plusHours(2)));
                ps.setInt(2, required.size());
                ps.setInt(3, present);
                ps.setInt(4, q.numerator());
                ps.setInt(5, q.denominator());
                ps.setBoolean(6, q.met(present, required.size()));
                ps.setString(7, "Đánh giá kết quả thực hiện nhiệm vụ tháng " + (month == 1 ? 12 : month - 1)
                        + "; triển khai nhiệm vụ tháng " + month + ".");
                ps.setString(8, "Chi bộ thống nhất các nhiệm vụ trọng tâm của tháng.");
                ps.setInt(9, present);
                ps.setString(10, required.isEmpty() ? "" : required.get(0).fullName());
                ps.setString(11, required.size() < 2 ? "" : required.get(1).fullName());
                ps.setTimestamp(12, Timestamp.valueOf(start.plusHours(2)));
                ps.setLong(13, id);
                ps.executeUpdate();
            }
        }
        YearMonth next = now.plusMonths(1);
        insertMeeting(c, cellId, "REGULAR", next.atDay(10).atTime(19, 30),
                "Sinh hoạt chi bộ định kỳ tháng " + next.getMonthValue() + ": học tập, làm theo tư tưởng, đạo đức,"
                        + " phong cách Hồ Chí Minh", today.atTime(8, 0), false);
    }

    private static long insertMeeting(Connection c, long cellId, String kind, LocalDateTime start, String topic,
                                      LocalDateTime plannedAt, boolean past) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cell_meeting (cell_id, kind, starts_at, ends_at,"
                + " place, topic, agenda, documents, posted_late, state, planned_by, planned_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, 'PLANNED', 'demo', ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, cellId);
            ps.setString(2, kind);
            ps.setTimestamp(3, Timestamp.valueOf(start));
            ps.setTimestamp(4, Timestamp.valueOf(start.plusHours(2)));
            ps.setString(5, "Nhà văn hóa khu phố 1");
            ps.setString(6, topic);
            ps.setString(7, "1. Đánh giá tình hình tháng trước\n2. Nhiệm vụ tháng tới\n3. Sinh hoạt chuyên đề");
            ps.setString(8, past ? null : "Điều lệ Đảng\nQuy định 213-QĐ/TW về đảng viên đang công tác giữ mối liên hệ"
                    + " với tổ chức đảng và nhân dân nơi cư trú");
            ps.setTimestamp(9, Timestamp.valueOf(plannedAt));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
