package vn.dangbo.records.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * DOMAIN.md: the topic of a regular meeting is posted before its month starts. A meeting planned later is
 * not refused (a cell still has to meet, and a secretary may take over mid-month) but is flagged "posted late"
 * for the committee to see. Thematic meetings are called when needed and are never late.
 */
public final class PostingRule {

    private PostingRule() {
    }

    public static boolean postedLate(MeetingKind kind, LocalDateTime startsAt, LocalDate plannedOn) {
        return kind == MeetingKind.REGULAR && !plannedOn.isBefore(YearMonth.from(startsAt).atDay(1));
    }
}
