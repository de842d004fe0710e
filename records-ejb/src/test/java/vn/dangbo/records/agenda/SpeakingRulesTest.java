package vn.dangbo.records.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SpeakingRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    private static Speech speech() {
        AgendaItem item = new AgendaItem(1L, 1, new AgendaDraft(null, "Thảo luận", AgendaItemKind.DISCUSSION, 300));
        return new Speech(item, null, "Chuyển đổi số", T0);
    }

    @Test
    void aSpeakersTimeRunsFromTheStartAndIsKeptInWholeSecondsWhenStopped() {
        Speech s = speech();
        assertEquals(0, s.secondsUsed(T0.plusSeconds(30)), "not started: no time used");
        s.accept(1, "chutoa", T0);
        s.start(T0.plusSeconds(10));
        assertNull(s.position(), "the speaker leaves the queue");
        assertEquals(65, s.secondsUsed(T0.plusMillis(75_900)));
        s.stop(T0.plusMillis(85_999));
        assertEquals(SpeechStatus.DONE, s.status());
        assertEquals(75, s.spokenSeconds());
        assertEquals(75, s.secondsUsed(T0.plusSeconds(500)), "the record does not keep counting");
    }

    @Test
    void onlyRequestsNotYetSpokenAreWaiting() {
        assertTrue(SpeechStatus.REQUESTED.waiting());
        assertTrue(SpeechStatus.ACCEPTED.waiting());
        for (SpeechStatus s : new SpeechStatus[] {SpeechStatus.DECLINED, SpeechStatus.WITHDRAWN, SpeechStatus.SPEAKING,
                SpeechStatus.DONE}) {
            assertFalse(s.waiting(), s.name());
        }
    }

    @Test
    void anItemStartedAgainKeepsItsFirstStart() {
        AgendaItem item = new AgendaItem(1L, 1, new AgendaDraft(null, "Bầu cử", AgendaItemKind.ELECTION, 120));
        item.start(T0);
        item.finish(T0.plusSeconds(60));
        item.start(T0.plusSeconds(600));
        assertTrue(item.current());
        assertEquals(T0, item.startedAt());
        assertNull(item.endedAt());
    }

    @Test
    void screenTokensAreStoredAsTheirSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ScreenService.hash("abc"));
    }
}
