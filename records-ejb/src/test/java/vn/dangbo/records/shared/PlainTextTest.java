package vn.dangbo.records.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void aBodyKeepsItsLinesAndLosesTrailingSpacesAndCarriageReturns() {
        List<InvalidField> problems = new ArrayList<>();
        String body = PlainText.lines("body", "\n  Kính gửi các đồng chí,  \r\n\r\nHọp lúc 19 giờ 30.\rHết \n\n", 1000, true,
                problems);
        assertEquals("Kính gửi các đồng chí,\n\nHọp lúc 19 giờ 30.\nHết", body);
        assertTrue(problems.isEmpty());
    }

    @Test
    void aTitleIsOneLineInComposedForm() {
        List<InvalidField> problems = new ArrayList<>();
        // "ệ" typed as e + two combining marks (NFD), as some phones send it
        String title = PlainText.line("title", "  Thông   báo họp  nghie\u0323\u0302m thu ", 200, true, problems);
        assertEquals("Thông báo họp nghiệm thu", title);
        assertTrue(problems.isEmpty());
    }

    @Test
    void blankRequiredTooLongAndControlCharactersAreNamed() {
        List<InvalidField> problems = new ArrayList<>();
        assertNull(PlainText.line("title", "   ", 200, true, problems));
        PlainText.lines("body", "x".repeat(11), 10, true, problems);
        PlainText.lines("reason", "a\u0007b", 100, false, problems);
        assertNull(PlainText.lines("reply", "  \n ", 100, false, problems), "optional and blank: nothing, no problem");
        assertEquals(List.of("title field.required", "body field.tooLong", "reason field.controlCharacters"),
                problems.stream().map(p -> p.field() + " " + p.messageKey()).toList());
    }
}
