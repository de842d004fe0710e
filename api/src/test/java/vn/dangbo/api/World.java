package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds what a test needs through the API itself, as an officer: the ward (once per database),
 * fresh cells, members with valid and unique identifiers, secretaries. Every name is unique, so
 * tests do not depend on each other or on their order.
 */
public final class World {

    private final Http officer;

    public World(Http http) {
        this.officer = http.as(Tokens.officer());
    }

    public Http officer() {
        return officer;
    }

    public long ward() {
        for (var u : officer.get("/api/units").array()) {
            if (u.asJsonObject().getString("kind").equals("WARD")) {
                return u.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        Http.Reply r = officer.post("/api/units", Json.createObjectBuilder()
                .add("kind", "WARD").add("name", "Đảng bộ phường Thử Nghiệm").build());
        if (r.status() == 409) {
            return ward();
        }
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    public long unit(String kind, String name, long parentId) {
        Http.Reply r = officer.post("/api/units", Json.createObjectBuilder()
                .add("kind", kind).add("name", name + " " + suffix()).add("parentId", parentId).build());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    public long cell(String name) {
        return unit("CELL", name, ward());
    }

    public JsonObjectBuilder memberFields(String fullName, long cellId) {
        LocalDate birth = LocalDate.of(1960 + ThreadLocalRandom.current().nextInt(30), 5, 17);
        return Json.createObjectBuilder()
                .add("fullName", fullName)
                .add("sex", "FEMALE")
                .add("birthDate", birth.toString())
                .add("citizenId", citizenId(true, birth.getYear()))
                .add("ethnicity", "Kinh")
                .add("religion", "Không")
                .add("residence", "Tổ 3, Khu phố 2")
                .add("admissionDate", birth.plusYears(25).toString())
                .add("fullMembershipDate", birth.plusYears(26).toString())
                .add("status", "FULL")
                .add("cellId", cellId);
    }

    public long member(String fullName, long cellId) {
        Http.Reply r = officer.post("/api/members", memberFields(fullName, cellId).build());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    /** Moves a member to another cell from today (proposed and confirmed by the officer). */
    public void moveMember(long memberId, long toCellId) {
        Http.Reply proposed = officer.post("/api/transfers", Json.createObjectBuilder().add("memberId", memberId)
                .add("toCellId", toCellId).add("date", LocalDate.now().toString()).add("reason", "Chuyển nơi cư trú")
                .build());
        assertEquals(201, proposed.status(), proposed.toString());
        Http.Reply confirmed = officer.post("/api/transfers/" + proposed.json().getJsonNumber("id").longValue()
                + "/confirmation", obj("note", "Đồng ý"));
        assertEquals("COMPLETED", confirmed.json().getString("state"), confirmed.toString());
    }

    /** A member who is secretary of the cell, and a token for them. */
    public String secretaryOf(long cellId) {
        long id = member("Bí Thư " + suffix(), cellId);
        Http.Reply r = officer.post("/api/units/" + cellId + "/positions", Json.createObjectBuilder()
                .add("memberId", id).add("role", "SECRETARY").add("from", LocalDate.now().minusDays(30).toString())
                .build());
        assertEquals(201, r.status(), r.toString());
        return Tokens.token("bithu." + id, id, Set.of("secretary", "member"));
    }

    public static String memberToken(long memberId) {
        return Tokens.token("dangvien." + memberId, memberId, Set.of("member"));
    }

    /** A valid CCCD: Hà Nội's province code, the sex-and-century digit, the year, six random digits. */
    public static String citizenId(boolean female, int birthYear) {
        int base = ((birthYear - 1900) / 100) * 2 + (female ? 1 : 0);
        return String.format("001%d%02d%06d", base, birthYear % 100, ThreadLocalRandom.current().nextInt(1_000_000));
    }

    /** Words that make a name unique among the test's members, in letters (names have no digits). */
    public static String suffix() {
        String letters = "abcdeghiklmnopqrstuvxy";
        StringBuilder s = new StringBuilder();
        long n = System.nanoTime() ^ ThreadLocalRandom.current().nextLong();
        for (int i = 0; i < 8; i++) {
            s.append(letters.charAt((int) Math.floorMod(n >> (i * 5), letters.length())));
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static JsonObject obj(String key, String value) {
        return Json.createObjectBuilder().add(key, value).build();
    }
}
