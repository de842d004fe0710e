package vn.dangbo.records.congress;

/** Who wrote a comment: a participant of the congress (signed in) or a resident on the public page. */
public enum CommentAuthor {
    DELEGATE, RESIDENT
}
