package vn.dangbo.records.vote;

/** What a show-of-hands vote decides: the agenda, the congress's bodies, the resolution, or any other motion. */
public enum VoteSubject {
    AGENDA,
    BODIES,
    RESOLUTION,
    MOTION
}
