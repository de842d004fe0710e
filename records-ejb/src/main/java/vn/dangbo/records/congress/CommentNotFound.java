package vn.dangbo.records.congress;

import vn.dangbo.records.shared.NotFound;

public class CommentNotFound extends NotFound {
    public CommentNotFound(long id) {
        super("congress.comment.notFound", id);
    }
}
