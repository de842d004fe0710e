package vn.dangbo.records.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of the hall: its label (A, B …) and how many seats it has, numbered from 1. */
@Embeddable
public class SeatRow {

    @Column(name = "label")
    private String label;
    @Column(name = "seats")
    private int seats;

    protected SeatRow() {
    }

    public SeatRow(String label, int seats) {
        this.label = label;
        this.seats = seats;
    }

    public String label() { return label; }
    public int seats() { return seats; }
}
