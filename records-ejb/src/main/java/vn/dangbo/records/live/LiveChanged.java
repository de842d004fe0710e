package vn.dangbo.records.live;

/**
 * Fired when what the screens of a congress show has changed, observed once the transaction has committed.
 * {@code state} changes (an agenda item, a speaker, a vote opened or closed) were counted on the congress row;
 * a tally change (a vote cast) was not, because thousands of ballots a second must not queue on one row lock,
 * and only the presidium's console shows it.
 */
public record LiveChanged(long congressId, boolean state) {
}
