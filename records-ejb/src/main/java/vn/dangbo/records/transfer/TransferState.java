package vn.dangbo.records.transfer;

/** PROPOSED by the source cell; CONFIRMED by an officer but not yet effective; COMPLETED; REJECTED or CANCELLED. */
public enum TransferState {
    PROPOSED, CONFIRMED, COMPLETED, REJECTED, CANCELLED;

    public boolean open() {
        return this == PROPOSED || this == CONFIRMED;
    }
}
