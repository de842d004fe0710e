package vn.dangbo.records.live;

/** Who is watching a live stream: the presidium's console sees more than the hall does. */
public enum LiveAudience {
    PUBLIC,
    PRESIDIUM
}
