package vn.dangbo.records.meeting;

import vn.dangbo.records.shared.NotFound;

public class MeetingNotFound extends NotFound {
    public MeetingNotFound(long id) {
        super("meeting.notFound", id);
    }
}
