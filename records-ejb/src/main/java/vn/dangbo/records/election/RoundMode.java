package vn.dangbo.records.election;

/** ELECTRONIC (delegates vote on their devices) or PAPER (sheets handed out, entered twice by the counting board). */
public enum RoundMode {
    ELECTRONIC, PAPER
}
