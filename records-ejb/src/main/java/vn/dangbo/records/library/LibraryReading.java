package vn.dangbo.records.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The first time a member opened a document (written with INSERT IGNORE by {@link DocumentLibrary#open}). */
@Entity
@Table(name = "library_reading")
@IdClass(LibraryReading.Key.class)
public class LibraryReading {

    @Id
    @Column(name = "document_id")
    private long documentId;
    @Id
    @Column(name = "member_id")
    private long memberId;
    @Column(name = "first_opened_at")
    private Instant firstOpenedAt;

    protected LibraryReading() {
    }

    public long documentId() {
        return documentId;
    }

    public long memberId() {
        return memberId;
    }

    public Instant firstOpenedAt() {
        return firstOpenedAt;
    }

    public static class Key implements Serializable {
        private long documentId;
        private long memberId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.documentId == documentId && k.memberId == memberId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(documentId, memberId);
        }
    }
}
