package vn.dangbo.records.meeting;

import vn.dangbo.records.shared.Conflict;

/** A QR check-in that cannot count: outside the meeting's window, the meeting closed, or not required to attend. */
public class CheckInRefused extends Conflict {
    public CheckInRefused(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
