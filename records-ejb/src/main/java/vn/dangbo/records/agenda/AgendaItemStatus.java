package vn.dangbo.records.agenda;

public enum AgendaItemStatus {
    PENDING, CURRENT, DONE
}
