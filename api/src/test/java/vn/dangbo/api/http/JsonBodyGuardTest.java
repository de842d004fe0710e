package vn.dangbo.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dangbo.records.shared.InvalidField;

class JsonBodyGuardTest {

    enum Colour { RED, GREEN }

    record Inner(long id, Colour colour) {
    }

    record Body(String title, Long memberId, int count, boolean flag, LocalDate on, LocalDateTime at,
                List<Long> ids, List<Inner> inners, java.math.BigDecimal amount) {
    }

    private static Map<String, String> problems(String json) {
        JsonValue v = JsonBodyGuard.parse(json);
        List<InvalidField> out = new ArrayList<>();
        JsonBodyGuard.text(v, "", out);
        JsonBodyGuard.check(v, Body.class, "", out);
        return out.stream().collect(Collectors.toMap(InvalidField::field, InvalidField::messageKey, (a, b) -> a));
    }

    @Test
    void aWellFormedBodyPasses() {
        assertEquals(Map.of(), problems("{\"title\":\"Thông báo\\nhai dòng\\tvà tab\",\"memberId\":12,\"count\":3,"
                + "\"flag\":true,\"on\":\"2026-02-28\",\"at\":\"2026-03-01T19:30\",\"ids\":[1,2],"
                + "\"inners\":[{\"id\":1,\"colour\":\"RED\"}],\"amount\":25000.5,\"unknown\":{\"x\":[1]}}"));
        assertEquals(Map.of(), problems("{\"title\":null,\"memberId\":null,\"on\":null,\"ids\":null}"));
        assertEquals(Map.of(), problems("{\"title\":\"Đảng viên 👍\"}"), "surrogate pairs are fine");
    }

    @Test
    void wrongTypesAreNamedByField() {
        assertEquals(Map.of("title", "field.wrongType", "memberId", "field.wrongType", "flag", "field.wrongType",
                "ids", "field.wrongType", "inners[0].colour", "field.notOneOf", "count", "field.wholeNumber"),
                problems("{\"title\":{\"a\":1},\"memberId\":\"12\",\"flag\":\"true\",\"ids\":\"1\","
                        + "\"inners\":[{\"id\":1,\"colour\":\"BLUE\"}],\"count\":1.5}"));
    }

    @Test
    void hugeNumbersAreRefused() {
        assertEquals(Map.of("memberId", "field.numberTooLarge"), problems("{\"memberId\":1180591620717411303424}"));
        assertEquals(Map.of("amount", "field.numberTooLarge"), problems("{\"amount\":1e308}"));
        assertEquals(Map.of("count", "field.numberTooLarge"), problems("{\"count\":3000000000}"));
        assertEquals(Map.of("x", "field.numberTooLarge"), problems("{\"x\":-1e308}"), "anywhere in the body");
    }

    @Test
    void impossibleOrImplausibleDatesAreRefused() {
        assertEquals(Map.of("on", "field.dateImplausible"), problems("{\"on\":\"0000-01-01\"}"));
        assertEquals(Map.of("on", "field.date"), problems("{\"on\":\"99999-12-31\"}"));
        assertEquals(Map.of("on", "field.dateImplausible"), problems("{\"on\":\"+99999-12-31\"}"));
        assertEquals(Map.of("on", "field.date"), problems("{\"on\":\"31/02/2026\"}"));
        assertEquals(Map.of("on", "field.date"), problems("{\"on\":\"2026-02-31\"}"));
        assertEquals(Map.of("at", "field.dateImplausible"), problems("{\"at\":\"1850-01-01T10:00\"}"));
        assertEquals(Map.of("on", "field.wrongType"), problems("{\"on\":20260101}"));
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefused() {
        assertEquals(Map.of("title", "field.controlCharacters"), problems("{\"title\":\"a\\u0000b\"}"));
        assertEquals(Map.of("title", "field.controlCharacters"), problems("{\"title\":\"a\\u0007b\"}"));
        assertEquals(Map.of("title", "field.controlCharacters"), problems("{\"title\":\"a\\ud800b\"}"));
        assertEquals(Map.of("inners[0].x", "field.controlCharacters"), problems("{\"inners\":[{\"x\":\"\\u001b\"}]}"));
        assertTrue(JsonBodyGuard.hasBadCharacters("\u0085"));
        assertFalse(JsonBodyGuard.hasBadCharacters("Nguyễn\r\n\tVăn"));
    }

    @Test
    void bodiesThatAreNotOneJsonValueAreRefused() {
        assertEquals("request.malformedJson", assertThrows(JsonBodyGuard.MalformedBody.class,
                () -> JsonBodyGuard.parse("{\"title\":")).messageKey());
        assertThrows(JsonBodyGuard.MalformedBody.class, () -> JsonBodyGuard.parse("{\"a\":1}}{"));
        assertEquals("request.tooDeep", assertThrows(JsonBodyGuard.MalformedBody.class,
                () -> JsonBodyGuard.parse("[".repeat(10_000) + "]".repeat(10_000))).messageKey());
        assertEquals(JsonValue.NULL, JsonBodyGuard.parse("null"));
        assertEquals("request.objectExpected", assertThrows(JsonBodyGuard.MalformedBody.class,
                () -> JsonBodyGuard.check(JsonBodyGuard.parse("[]"), Body.class, "", new ArrayList<>())).messageKey());
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        assertEquals("Thử", JsonBodyGuard.utf8("Thử".getBytes(StandardCharsets.UTF_8)));
        assertEquals("request.invalidUtf8", assertThrows(JsonBodyGuard.MalformedBody.class,
                () -> JsonBodyGuard.utf8(new byte[] {'"', (byte) 0xC3, (byte) 0x28, '"'})).messageKey());
        assertThrows(JsonBodyGuard.MalformedBody.class, () -> JsonBodyGuard.utf8(new byte[] {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}), "an encoded surrogate is not UTF-8");
    }
}
