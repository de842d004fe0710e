package vn.dangbo.records.rating;

/**
 * The four grades of Quy định 366-QĐ/TW, best first: Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ,
 * Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ.
 */
public enum Grade {
    EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED;

    public boolean goodOrBetter() {
        return this == EXCELLENT || this == GOOD;
    }

    public boolean betterThan(Grade other) {
        return ordinal() < other.ordinal();
    }
}
