package vn.dangbo.records.handbook;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import vn.dangbo.records.correction.CorrectionService;
import vn.dangbo.records.library.DocumentLibrary;
import vn.dangbo.records.library.DocumentSummary;
import vn.dangbo.records.meeting.MeetingService;
import vn.dangbo.records.notice.Notice;
import vn.dangbo.records.notice.NoticeService;

/**
 * The member's handbook home in one answer: the next meetings of their cell, their unread notices, the
 * documents they should read and their correction requests still waiting. One round trip matters on a phone
 * on a slow network, and it is what 3,000 members opening their handbook at once cost the server
 * (bench/run-home.sh).
 */
@Stateless
public class HandbookHome {

    static final int SHOWN = 3;

    /** What the home shows; the lists are the first few, the counts are all. */
    public record Home(List<MeetingService.MeetingSummary> nextMeetings, long unreadNotices, List<Notice> latestUnread,
                       long documentsToRead, List<DocumentSummary> toRead, long pendingCorrections) {
    }

    @EJB
    MeetingService meetings;

    @EJB
    NoticeService notices;

    @EJB
    DocumentLibrary library;

    @EJB
    CorrectionService corrections;

    public Home home() {
        List<MeetingService.MeetingSummary> next = meetings.upcoming(SHOWN);
        long unread = notices.unreadCount();
        List<Notice> latest = unread == 0 ? List.of() : notices.unread(SHOWN);
        long toRead = library.countToRead();
        return new Home(next, unread, latest, toRead, toRead == 0 ? List.of() : library.toRead(SHOWN),
                corrections.minePending());
    }
}
