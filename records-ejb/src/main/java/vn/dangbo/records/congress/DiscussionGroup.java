package vn.dangbo.records.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A discussion group (tổ thảo luận) of the congress. */
@Entity
@Table(name = "congress_group")
public class DiscussionGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "congress_id")
    private long congressId;
    private String name;

    protected DiscussionGroup() {
    }

    DiscussionGroup(long congressId, String name) {
        this.congressId = congressId;
        this.name = name;
    }

    void rename(String name) {
        this.name = name;
    }

    public Long id() { return id; }
    public long congressId() { return congressId; }
    public String name() { return name; }
}
