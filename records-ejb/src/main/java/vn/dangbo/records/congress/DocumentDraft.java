package vn.dangbo.records.congress;

/**
 * A document as the organising board or the secretariat hands it in: kind DRAFT or FINAL, the session it belongs
 * to (none: the whole congress), and its text either as rich text (html) or as plain text cut at blank lines.
 */
public record DocumentDraft(String title, String kind, Long sessionId, boolean publicDraft, String html,
                            String text) {
}
