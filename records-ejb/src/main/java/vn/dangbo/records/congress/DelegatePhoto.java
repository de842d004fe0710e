package vn.dangbo.records.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A delegate's photo for the card and the kiosk, stored with who recorded the delegate's consent. */
@Entity
@Table(name = "congress_delegate_photo")
public class DelegatePhoto {

    @Id
    @Column(name = "delegate_id")
    private Long delegateId;
    @Column(name = "content_type")
    private String contentType;
    private byte[] photo;
    @Column(name = "consent_at")
    private Instant consentAt;
    @Column(name = "consent_by")
    private String consentBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected DelegatePhoto() {
    }

    DelegatePhoto(long delegateId, String contentType, byte[] photo, String consentBy) {
        this.delegateId = delegateId;
        replace(contentType, photo, consentBy);
    }

    void replace(String contentType, byte[] photo, String consentBy) {
        this.contentType = contentType;
        this.photo = photo.clone();
        this.consentBy = consentBy;
        this.consentAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        this.uploadedAt = consentAt;
    }

    public long delegateId() { return delegateId; }
    public String contentType() { return contentType; }
    public byte[] photo() { return photo.clone(); }
    public Instant consentAt() { return consentAt; }
    public String consentBy() { return consentBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
