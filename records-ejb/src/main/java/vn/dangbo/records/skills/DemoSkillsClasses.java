package vn.dangbo.records.skills;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.records.demo.DemoWard;
import vn.dangbo.records.member.MemberStatus;

/**
 * Invented digital-skills classes for the demo ward, so the Bình dân học vụ số page has something to show: a
 * ward class for residents that has finished (most completed, a few not), and a class of the first cell still
 * running, with its members and a few residents. Names and phone numbers are invented.
 */
public final class DemoSkillsClasses {

    private static final String[][] RESIDENTS = {
            {"Trần Thị Hoa", "0912 000 101", "Khu phố 1"}, {"Lê Văn Tư", "0912 000 102", "Khu phố 1"},
            {"Phạm Thị Mận", "0912 000 103", "Khu phố 2"}, {"Ngô Văn Sáu", "0912 000 104", "Khu phố 2"},
            {"Đặng Thị Lài", "0912 000 105", "Khu phố 3"}, {"Bùi Văn Khánh", "0912 000 106", "Khu phố 3"},
            {"Hồ Thị Thu", "0912 000 107", "Khu phố 4"}, {"Võ Văn Lộc", "0912 000 108", "Khu phố 4"}};

    private DemoSkillsClasses() {
    }

    public static void write(Connection c, DemoWard ward, LocalDate today) throws SQLException {
        Long wardId = ward.units().stream().filter(u -> u.kind() == DemoWard.UnitKind.WARD).map(DemoWard.Unit::id)
                .findFirst().orElse(null);
        if (wardId == null || ward.members().isEmpty()) {
            return;
        }
        // A finished ward class: four weekly sessions two months ago; completion needs 3 of the 4.
        long finished = insertClass(c, wardId, "Kỹ năng số cơ bản cho người dân",
                "Sử dụng điện thoại thông minh\nCài đặt và dùng VNeID\nThanh toán không dùng tiền mặt\n"
                        + "Nhận biết lừa đảo trực tuyến", "Nguyễn Minh Tâm", "Nhà văn hóa khu phố 2", 3,
                today.minusMonths(3));
        List<Long> sessions = new ArrayList<>();
        LocalDate first = today.minusMonths(2).withDayOfMonth(3);
        String[] topics = {"Làm quen với điện thoại thông minh", "Tài khoản định danh điện tử VNeID",
                "Ví điện tử và chuyển khoản", "An toàn trên mạng, phòng tránh lừa đảo"};
        for (int i = 0; i < topics.length; i++) {
            sessions.add(insertSession(c, finished, first.plusWeeks(i), LocalTime.of(19, 0), topics[i]));
        }
        List<Long> learners = new ArrayList<>();
        for (String[] r : RESIDENTS) {
            learners.add(insertLearner(c, finished, null, r[0], VietnamesePhone.normalise(r[1]).orElseThrow(), r[2]));
        }
        for (int l = 0; l < learners.size(); l++) {
            for (int s = 0; s < sessions.size(); s++) {
                // The last two learners missed two sessions each: they did not complete the class.
                boolean present = l < learners.size() - 2 ? s != l % 4 || l % 3 == 0 : s % 2 == 0;
                insertAttendance(c, sessions.get(s), learners.get(l), present, first.plusWeeks(s));
            }
        }

        // A running class of the first cell: two sessions held, two ahead; every session required.
        long cellId = ward.members().get(0).cellId();
        long running = insertClass(c, cellId, "Đảng viên tiên phong học tập kỹ năng số",
                "Sổ tay đảng viên điện tử\nDịch vụ công trực tuyến\nHọp trực tuyến", "Phạm Quốc Việt",
                "Hội trường chi bộ", null, today.minusWeeks(3));
        List<Long> cellSessions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cellSessions.add(insertSession(c, running, today.minusWeeks(2).plusWeeks(i), LocalTime.of(8, 0),
                    new String[]{"Sổ tay đảng viên điện tử", "Nộp hồ sơ trên Cổng dịch vụ công",
                            "Họp và học trực tuyến", "Thực hành tổng hợp"}[i]));
        }
        List<Long> cellLearners = new ArrayList<>();
        ward.membersOf(cellId).stream().filter(m -> m.status() == MemberStatus.FULL
                || m.status() == MemberStatus.PROBATIONARY).limit(6).forEach(m -> {
            try {
                cellLearners.add(insertLearner(c, running, m.id(), null, null, "Khu phố 1"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        cellLearners.add(insertLearner(c, running, null, "Trương Thị Bảy", "0398 000 201", "Khu phố 1"));
        cellLearners.add(insertLearner(c, running, null, "Lý Văn Chín", "0398 000 202", "Khu phố 2"));
        for (int l = 0; l < cellLearners.size(); l++) {
            for (int s = 0; s < 2; s++) {
                insertAttendance(c, cellSessions.get(s), cellLearners.get(l), l != 1 || s == 0,
                        today.minusWeeks(2).plusWeeks(s));
            }
        }
    }

    private static long insertClass(Connection c, long unitId, String title, String skills, String instructor,
                                    String place, Integer required, LocalDate createdOn) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO skills_class (unit_id, title, skills, instructor,"
                + " place, required_sessions, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'demo', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, unitId);
            ps.setString(2, title);
            ps.setString(3, skills);
            ps.setString(4, instructor);
            ps.setString(5, place);
            if (required == null) {
                ps.setNull(6, Types.INTEGER);
            } else {
                ps.setInt(6, required);
            }
            ps.setTimestamp(7, Timestamp.valueOf(createdOn.atTime(9, 0)));
            return insert(ps);
        }
    }

    private static long insertSession(Connection c, long classId, LocalDate day, LocalTime time, String topic)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO skills_session (class_id, held_on, starts_at,"
                + " topic, created_by, created_at) VALUES (?, ?, ?, ?, 'demo', ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, classId);
            ps.setObject(2, day);
            ps.setObject(3, time);
            ps.setString(4, topic);
            ps.setTimestamp(5, Timestamp.valueOf(day.minusDays(7).atTime(9, 0)));
            return insert(ps);
        }
    }

    private static long insertLearner(Connection c, long classId, Long memberId, String name, String phone,
                                      String neighbourhood) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO skills_learner (class_id, member_id, full_name,"
                + " phone, neighbourhood, enrolled_by, enrolled_at) VALUES (?, ?, ?, ?, ?, 'demo', CURRENT_TIMESTAMP(3))",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, classId);
            if (memberId == null) {
                ps.setNull(2, Types.BIGINT);
            } else {
                ps.setLong(2, memberId);
            }
            ps.setString(3, name);
            ps.setString(4, phone == null ? null : VietnamesePhone.normalise(phone).orElseThrow());
            ps.setString(5, neighbourhood);
            return insert(ps);
        }
    }

    private static void insertAttendance(Connection c, long sessionId, long learnerId, boolean present, LocalDate day)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO skills_attendance (session_id, learner_id, present,"
                + " marked_by, marked_at) VALUES (?, ?, ?, 'demo', ?)")) {
            ps.setLong(1, sessionId);
            ps.setLong(2, learnerId);
            ps.setBoolean(3, present);
            ps.setTimestamp(4, Timestamp.valueOf(day.atTime(21, 0)));
            ps.executeUpdate();
        }
    }

    private static long insert(PreparedStatement ps) throws SQLException {
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
