package vn.dangbo.records.agenda;

/**
 * A request to speak: REQUESTED by the delegate, then ACCEPTED into the queue or DECLINED by the presidium, or
 * WITHDRAWN by the delegate before speaking; an accepted one becomes SPEAKING when the presidium gives the floor
 * and DONE when it takes it back.
 */
public enum SpeechStatus {
    REQUESTED, ACCEPTED, DECLINED, WITHDRAWN, SPEAKING, DONE;

    /** Still waiting to speak: the delegate may withdraw, the presidium may still decline. */
    public boolean waiting() {
        return this == REQUESTED || this == ACCEPTED;
    }
}
