package vn.dangbo.records.agenda;

/** What an agenda item is for: the minutes and the screens word it differently. */
public enum AgendaItemKind {
    PROCEDURE, REPORT, DISCUSSION, VOTE, ELECTION, OTHER
}
