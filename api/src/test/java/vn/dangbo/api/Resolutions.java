package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;

/** Builds resolutions and their tasks through the API, as an officer, for the tests that need one. */
public final class Resolutions {

    private final Http officer;

    public Resolutions(Http officer) {
        this.officer = officer;
    }

    public long resolution(String code) {
        Http.Reply r = officer.post("/api/resolutions", Json.createObjectBuilder().add("kind", "POLITBURO")
                .add("code", code).add("title", "Kế hoạch thực hiện nghị quyết " + World.suffix())
                .add("issuedOn", LocalDate.now().minusMonths(6).toString())
                .add("issuer", "Ban Thường vụ Đảng ủy phường").build());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    public static JsonObjectBuilder task(String title, long unitId, LocalDate startsOn, LocalDate deadline) {
        return Json.createObjectBuilder().add("title", title + " " + World.suffix()).add("unitId", unitId)
                .add("startsOn", startsOn.toString()).add("deadline", deadline.toString());
    }

    public long task(long resolutionId, JsonObjectBuilder task) {
        Http.Reply r = officer.post("/api/resolutions/" + resolutionId + "/tasks", task.build());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    /** A resolution with one open task of the cell, deadline far ahead. */
    public record Prepared(long resolutionId, long taskId) {
    }

    public Prepared prepare(long cellId) {
        long r = resolution("99-KH/ĐU");
        return new Prepared(r, task(r, task("Nhiệm vụ thử", cellId, LocalDate.now().minusDays(10),
                LocalDate.now().plusDays(200))));
    }
}
