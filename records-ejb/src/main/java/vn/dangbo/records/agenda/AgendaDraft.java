package vn.dangbo.records.agenda;

/** An agenda item as the presidium describes it; checked by {@link AgendaService} before it is kept. */
public record AgendaDraft(Long sessionId, String title, AgendaItemKind kind, int speakingLimitSeconds) {
}
