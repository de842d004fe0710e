package vn.dangbo.records.transfer;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.organization.PartyUnit;

/** Chuyển sinh hoạt đảng between two cells of the ward. */
@Entity
@Table(name = "member_transfer")
public class Transfer extends ProposedMove {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_cell_id")
    private PartyUnit toCell;

    protected Transfer() {
    }

    Transfer(Member member, PartyUnit toCell, LocalDate effectiveDate, String reason, String proposedBy) {
        super(member, effectiveDate, reason, proposedBy);
        this.toCell = toCell;
    }

    public PartyUnit toCell() { return toCell; }
}
