package vn.dangbo.records.notice;

import vn.dangbo.records.shared.NotFound;

/** No such notice, or not one sent to the caller: members never learn of other people's notices. */
public class NoticeNotFound extends NotFound {
    public NoticeNotFound(long id) {
        super("notice.notFound", id);
    }
}
