package vn.dangbo.records.agenda;

import java.time.Instant;
import java.util.List;

/**
 * The "speaking" section of the live state: the speaker with the floor (when they started and the item's limit,
 * so every screen runs the same timer without a push per second), the queue of the current item, and, for the
 * presidium only, the requests waiting for a decision. {@code asOf} is the server's clock when this was computed,
 * so a screen can correct its own clock.
 */
public record LiveSpeaking(Instant asOf, Long itemId, Speaker current, List<Speaker> queue, List<Speaker> requests) {

    public record Speaker(long speechId, long delegateId, String fullName, String delegation, String group,
                          String topic, Long agendaItemId, Integer position, Instant startedAt, Integer limitSeconds) {
        static Speaker of(Speech s) {
            boolean speaking = s.status() == SpeechStatus.SPEAKING;
            return new Speaker(s.id(), s.delegate().id(), s.delegate().fullName(), s.delegate().delegation(),
                    SpeakingService.groupName(s.delegate()), s.topic(), s.item().id(), s.position(),
                    speaking ? s.startedAt() : null, speaking ? s.item().speakingLimitSeconds() : null);
        }
    }
}
