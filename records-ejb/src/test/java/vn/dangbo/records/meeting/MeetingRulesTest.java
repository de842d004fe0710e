package vn.dangbo.records.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingRulesTest {

    @Test
    void twoThirdsOfTheRequiredMembersMakeAValidMeeting() {
        Quorum q = Quorum.DEFAULT;
        assertEquals(5, q.needed(7));
        assertTrue(q.met(5, 7));
        assertFalse(q.met(4, 7));
        assertTrue(q.met(2, 3));
        assertTrue(q.met(4, 6));
        assertFalse(q.met(3, 6));
        assertFalse(q.met(0, 0), "a cell with nobody required cannot meet validly");
        assertEquals(Optional.of(new Quorum(3, 4)), Quorum.parse(" 3 / 4 "));
        assertEquals(Optional.empty(), Quorum.parse("4/3"));
        assertEquals(Optional.empty(), Quorum.parse("abc"));
    }

    @Test
    void aRegularMeetingPlannedInItsOwnMonthIsLateAThematicOneNever() {
        LocalDateTime march10 = LocalDateTime.of(2026, 3, 10, 19, 0);
        assertFalse(PostingRule.postedLate(MeetingKind.REGULAR, march10, LocalDate.of(2026, 2, 28)));
        assertTrue(PostingRule.postedLate(MeetingKind.REGULAR, march10, LocalDate.of(2026, 3, 1)));
        assertTrue(PostingRule.postedLate(MeetingKind.REGULAR, march10, LocalDate.of(2026, 4, 2)));
        assertFalse(PostingRule.postedLate(MeetingKind.THEMATIC, march10, LocalDate.of(2026, 3, 9)));
    }

    @Test
    void absencesWarnAtTwoAndFlagAtThree() {
        assertEquals(AbsenceLevel.NONE, AbsenceLevel.of(1));
        assertEquals(AbsenceLevel.WARNING, AbsenceLevel.of(2));
        assertEquals(AbsenceLevel.FLAG, AbsenceLevel.of(3));
        assertEquals(AbsenceLevel.FLAG, AbsenceLevel.of(5));
    }

    @Test
    void aCheckInCodeIsBoundToItsMeetingAndToTheSecret() {
        byte[] secret = "a-secret-of-the-installation".getBytes(StandardCharsets.UTF_8);
        String code = CheckInCodes.sign(42, secret);
        assertEquals(Optional.of(42L), CheckInCodes.verify(code, secret));
        assertEquals(Optional.empty(), CheckInCodes.verify(code.replace(".42.", ".43."), secret));
        assertEquals(Optional.empty(), CheckInCodes.verify(code, "another".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), CheckInCodes.verify(code + "x", secret));
        assertEquals(Optional.empty(), CheckInCodes.verify("garbage", secret));
        assertEquals(Optional.empty(), CheckInCodes.verify(null, secret));
    }
}
