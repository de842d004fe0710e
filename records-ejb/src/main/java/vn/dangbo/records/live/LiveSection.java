package vn.dangbo.records.live;

/**
 * One part of what the screens of a congress show (the agenda, the speakers, the votes, the elections). Each
 * feature contributes its own, so the live stream needs no knowledge of them. Views are read-only records that
 * JSON-B can write; they must be cheap, as they are computed once per change for every screen of a congress.
 */
public interface LiveSection {

    /** The key of this part in the state sent to screens: "agenda", "speaking", "vote", "election" … */
    String name();

    /** What everyone may see: the big screen, every delegate's tablet. */
    Object publicView(long congressId);

    /** What the presidium's console sees (live tallies, the queue before it is accepted …). */
    default Object presidiumView(long congressId) {
        return publicView(congressId);
    }
}
