package vn.dangbo.records.congress;

/** The credential committee's decision on a questioned credential. */
public enum CredentialDecision {
    ACCEPTED, REJECTED
}
