package vn.dangbo.records.congress;

/**
 * The bodies of a congress. Belonging to one gives its console for that congress only: the presidium runs
 * the sessions, the secretariat checks delegates in and moderates comments, the credential committee decides
 * questioned credentials, the counting board counts the ballots.
 */
public enum CongressBody {
    PRESIDIUM, SECRETARIAT, CREDENTIALS, COUNTING
}
