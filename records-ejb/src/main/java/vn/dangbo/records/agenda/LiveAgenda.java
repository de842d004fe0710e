package vn.dangbo.records.agenda;

import java.time.Instant;
import java.util.List;

/** The "agenda" section of the live state: every item in order, and which one is current. */
public record LiveAgenda(Long currentItemId, List<Line> items) {

    public record Line(long id, int ordinal, String title, String kind, String status, Long sessionId,
                       int speakingLimitSeconds, Instant startedAt, Instant endedAt) {
        static Line of(AgendaItem i) {
            return new Line(i.id(), i.ordinal(), i.title(), i.kind().name(), i.status().name(), i.sessionId(),
                    i.speakingLimitSeconds(), i.startedAt(), i.endedAt());
        }
    }
}
