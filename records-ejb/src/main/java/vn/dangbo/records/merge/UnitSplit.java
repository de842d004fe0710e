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

/** The record of a split applied: which unit, into which new units, by which decision, and what moved. */
@Entity
@Table(name = "unit_split")
public class UnitSplit extends ReorganisationRecord {

    @Column(name = "unit_id")
    private long unitId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_split_part", joinColumns = @JoinColumn(name = "split_id"))
    @Column(name = "unit_id")
    private Set<Long> partIds = new HashSet<>();

    protected UnitSplit() {
    }

    UnitSplit(String decisionNumber, LocalDate effectiveOn, long unitId, Set<Long> partIds, Moved moved, String note,
              String appliedBy) {
        super(decisionNumber, effectiveOn, moved, note, appliedBy);
        this.unitId = unitId;
        this.partIds = new HashSet<>(partIds);
    }

    public long unitId() { return unitId; }
    public Set<Long> partIds() { return Set.copyOf(partIds); }
}
