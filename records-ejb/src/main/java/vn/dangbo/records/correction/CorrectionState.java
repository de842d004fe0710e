package vn.dangbo.records.correction;

import java.util.EnumSet;
import java.util.Set;

/** OPEN → IN_PROGRESS → DONE or REJECTED; an open request may also be closed straight away. */
public enum CorrectionState {
    OPEN, IN_PROGRESS, DONE, REJECTED;

    /** Still waiting for the handler: what the queue and its count show. */
    public static final Set<CorrectionState> PENDING = EnumSet.of(OPEN, IN_PROGRESS);

    public boolean closed() {
        return this == DONE || this == REJECTED;
    }
}
