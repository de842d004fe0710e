package vn.dangbo.records.vote;

/** The share of the base that must agree for a vote to pass, chosen per vote before it opens. */
public enum VoteRule {
    /** More than half (quá nửa): the usual rule of the Party's congresses. */
    MAJORITY {
        @Override
        public long needed(long base) {
            return base / 2 + 1;
        }
    },
    /** At least two thirds (hai phần ba), for decisions the rules weigh more heavily. */
    TWO_THIRDS {
        @Override
        public long needed(long base) {
            return (base * 2 + 2) / 3;
        }
    };

    /** How many must agree out of {@code base}; a vote with no base passes nothing. */
    public abstract long needed(long base);

    public boolean passes(long agree, long base) {
        return base > 0 && agree >= needed(base);
    }
}
