package vn.dangbo.records.vote;

/**
 * The figures of a vote: the choices cast, the official delegates present and convened, and what they mean under
 * the vote's rule. {@code baseCount} is present or convened as the vote's base says; {@code needed} how many had to
 * agree. Computed the same way for the live tally and for the closed result.
 */
public record VoteResult(long agree, long disagree, long abstain, long present, long convened, VoteBase base,
                         VoteRule rule, long baseCount, long needed, boolean passed) {

    public static VoteResult of(long agree, long disagree, long abstain, long present, long convened, VoteBase base,
                                VoteRule rule) {
        long b = base == VoteBase.CONVENED ? convened : present;
        return new VoteResult(agree, disagree, abstain, present, convened, base, rule, b, rule.needed(b),
                rule.passes(agree, b));
    }

    public long cast() {
        return agree + disagree + abstain;
    }

    /** Present delegates who have not voted (yet). */
    public long notVoted() {
        return Math.max(0, present - cast());
    }
}
