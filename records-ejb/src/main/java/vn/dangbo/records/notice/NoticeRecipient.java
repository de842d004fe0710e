package vn.dangbo.records.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One member a notice was sent to, with the first time they opened it. */
@Entity
@Table(name = "notice_recipient")
@IdClass(NoticeRecipient.Key.class)
public class NoticeRecipient {

    /** The composite key JPA needs: a plain class (EclipseLink cannot set a record's final fields). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long noticeId;
        private Long memberId;

        public Key() {
        }

        public Key(Long noticeId, Long memberId) {
            this.noticeId = noticeId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(noticeId, k.noticeId)
                    && java.util.Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(noticeId, memberId);
        }
    }

    @Id
    @Column(name = "notice_id")
    private Long noticeId;
    @Id
    @Column(name = "member_id")
    private Long memberId;
    @Column(name = "cell_id")
    private long cellId;
    @Column(name = "read_at")
    private Instant readAt;

    protected NoticeRecipient() {
    }

    NoticeRecipient(long noticeId, long memberId, long cellId) {
        this.noticeId = noticeId;
        this.memberId = memberId;
        this.cellId = cellId;
    }

    /** Only the first opening counts: reading it again keeps the receipt as it was. */
    boolean markRead() {
        if (readAt != null) {
            return false;
        }
        // The column keeps milliseconds: the first answer must say what a later read of the row says.
        readAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return true;
    }

    public long noticeId() { return noticeId; }
    public long memberId() { return memberId; }
    public long cellId() { return cellId; }
    public Instant readAt() { return readAt; }
}
