package vn.dangbo.records.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A delegate's seat in one of the congress bodies. */
@Entity
@Table(name = "congress_body_member")
public class BodyMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "congress_id")
    private long congressId;
    @Enumerated(EnumType.STRING)
    private CongressBody body;
    @ManyToOne(optional = false)
    @JoinColumn(name = "delegate_id")
    private Delegate delegate;
    private boolean head;

    protected BodyMember() {
    }

    BodyMember(CongressBody body, Delegate delegate, boolean head) {
        this.congressId = delegate.congressId();
        this.body = body;
        this.delegate = delegate;
        this.head = head;
    }

    public Long id() { return id; }
    public long congressId() { return congressId; }
    public CongressBody body() { return body; }
    public Delegate delegate() { return delegate; }
    public boolean head() { return head; }
}
