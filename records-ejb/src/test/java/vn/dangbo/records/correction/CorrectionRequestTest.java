package vn.dangbo.records.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.dangbo.records.shared.Conflict;

class CorrectionRequestTest {

    private static CorrectionRequest open() {
        return new CorrectionRequest(7, "residence", "Tổ 3", "Tổ 5", null, "dangvien.7");
    }

    @Test
    void openThenInProgressThenDone() {
        CorrectionRequest c = open();
        assertEquals(CorrectionState.OPEN, c.state());
        assertTrue(c.start("canbo"));
        assertFalse(c.start("canbo"), "taking it in hand twice changes nothing");
        assertEquals(CorrectionState.IN_PROGRESS, c.state());
        c.finish(true, "Đã sửa", "canbo");
        assertEquals(CorrectionState.DONE, c.state());
        assertEquals("Đã sửa", c.reply());
        assertNotNull(c.closedAt());
    }

    @Test
    void anOpenRequestMayBeRejectedAtOnceAndThenNothingMoves() {
        CorrectionRequest c = open();
        c.finish(false, "Đúng theo hồ sơ gốc", "bithu");
        assertEquals(CorrectionState.REJECTED, c.state());
        assertNotNull(c.startedAt(), "closing counts as taking it in hand");
        assertThrows(Conflict.class, () -> c.start("canbo"));
        assertThrows(Conflict.class, () -> c.finish(true, null, "canbo"));
    }

    @Test
    void aLongCurrentValueIsShortenedToItsColumn() {
        CorrectionRequest c = new CorrectionRequest(7, "residence", "x".repeat(400), "y", null, "a");
        assertEquals(300, c.currentValue().length());
    }
}
