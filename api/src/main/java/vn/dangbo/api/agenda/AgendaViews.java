package vn.dangbo.api.agenda;

import java.time.Instant;
import java.util.List;
import vn.dangbo.records.agenda.AgendaItem;
import vn.dangbo.records.agenda.ScreenService;
import vn.dangbo.records.agenda.ScreenToken;
import vn.dangbo.records.agenda.Speech;

/** What the agenda, speaking and screen endpoints answer. */
public final class AgendaViews {

    private AgendaViews() {
    }

    public record AgendaItemLine(long id, int ordinal, String title, String kind, String status, Long sessionId,
                                 int speakingLimitSeconds, Instant startedAt, Instant endedAt) {
        public static AgendaItemLine of(AgendaItem i) {
            return new AgendaItemLine(i.id(), i.ordinal(), i.title(), i.kind().name(), i.status().name(),
                    i.sessionId(), i.speakingLimitSeconds(), i.startedAt(), i.endedAt());
        }

        public static List<AgendaItemLine> of(List<AgendaItem> items) {
            return items.stream().map(AgendaItemLine::of).toList();
        }
    }

    /** After "next": the item now current, absent at the end of the agenda. */
    public record AgendaMove(AgendaItemLine current) {
    }

    public record SpeechLine(long id, long agendaItemId, String agendaItemTitle, long delegateId, String fullName,
                             String delegation, String topic, String status, Integer position, Instant requestedAt,
                             String declineReason, Instant startedAt, Instant endedAt, Integer spokenSeconds) {
        public static SpeechLine of(Speech s) {
            return new SpeechLine(s.id(), s.item().id(), s.item().title(), s.delegate().id(),
                    s.delegate().fullName(), s.delegate().delegation(), s.topic(), s.status().name(), s.position(),
                    s.requestedAt(), s.declineReason(), s.startedAt(), s.endedAt(), s.spokenSeconds());
        }
    }

    public record ScreenLine(long id, String label, Instant createdAt, String createdBy, Instant revokedAt) {
        public static ScreenLine of(ScreenToken s) {
            return new ScreenLine(s.id(), s.label(), s.createdAt(), s.createdBy(), s.revokedAt());
        }
    }

    /** The token is shown this once; {@code path} is the big screen's page to open on the projector. */
    public record NewScreenToken(long id, String label, String token, String path) {
        public static NewScreenToken of(ScreenService.Created c) {
            return new NewScreenToken(c.screen().id(), c.screen().label(), c.token(), "/screen/" + c.token());
        }
    }
}
