package vn.dangbo.records.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One field of one save: its value before and after. */
@Embeddable
public class FieldChange {

    @Column(name = "field", nullable = false)
    private String field;
    @Column(name = "old_value")
    private String oldValue;
    @Column(name = "new_value")
    private String newValue;

    protected FieldChange() {
    }

    public FieldChange(String field, String oldValue, String newValue) {
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public String field() { return field; }
    public String oldValue() { return oldValue; }
    public String newValue() { return newValue; }
}
