package vn.dangbo.records.transfer;

/** A dossier received from another organisation: RECEIVED, CHECKED by an officer, then ACCEPTED or REFUSED. */
public enum IncomingState {
    RECEIVED, CHECKED, ACCEPTED, REFUSED;

    public boolean open() {
        return this == RECEIVED || this == CHECKED;
    }
}
