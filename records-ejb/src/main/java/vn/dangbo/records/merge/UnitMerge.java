package vn.dangbo.records.merge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** The record of a merge applied: which units, into which, by which decision, and what moved. */
@Entity
@Table(name = "unit_merge")
public class UnitMerge extends ReorganisationRecord {

    @Column(name = "successor_id")
    private long successorId;
    @Column(name = "successor_created")
    private boolean successorCreated;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_merge_source", joinColumns = @JoinColumn(name = "merge_id"))
    @Column(name = "unit_id")
    private Set<Long> sourceIds = new HashSet<>();

    protected UnitMerge() {
    }

    UnitMerge(String decisionNumber, LocalDate effectiveOn, long successorId, boolean successorCreated,
              Set<Long> sourceIds, Moved moved, String note, String appliedBy) {
        super(decisionNumber, effectiveOn, moved, note, appliedBy);
        this.successorId = successorId;
        this.successorCreated = successorCreated;
        this.sourceIds = new HashSet<>(sourceIds);
    }

    public long successorId() { return successorId; }
    public boolean successorCreated() { return successorCreated; }
    public Set<Long> sourceIds() { return Set.copyOf(sourceIds); }
}
