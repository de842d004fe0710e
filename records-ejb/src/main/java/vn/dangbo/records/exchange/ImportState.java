package vn.dangbo.records.exchange;

/** Where an import stands: analysed into a preview, waiting for confirmation, applied, or not. */
public enum ImportState {
    ANALYSING, READY, IMPORTING, DONE, REFUSED, FAILED;

    public boolean finished() {
        return this == DONE || this == REFUSED || this == FAILED;
    }
}
