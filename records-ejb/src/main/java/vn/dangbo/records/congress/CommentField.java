package vn.dangbo.records.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * A field (lĩnh vực) comments are classified by. Those without a congress are the defaults every congress
 * starts with; the secretariat of a congress adds its own.
 */
@Entity
@Table(name = "congress_field")
public class CommentField {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "congress_id")
    private Long congressId;
    private String name;
    private String keywords;

    protected CommentField() {
    }

    CommentField(long congressId, String name, List<String> keywords) {
        this.congressId = congressId;
        this.name = name;
        this.keywords = String.join(", ", keywords);
    }

    public Long id() { return id; }
    public Long congressId() { return congressId; }
    public String name() { return name; }
    public List<String> keywords() {
        return Arrays.stream(keywords.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
    public boolean isDefault() { return congressId == null; }

    FieldRule.Field rule() {
        return new FieldRule.Field(id, keywords());
    }
}
