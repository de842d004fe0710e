package vn.dangbo.records.vote;

/** Tán thành / không tán thành / không biểu quyết (abstains). */
public enum VoteChoice {
    AGREE,
    DISAGREE,
    ABSTAIN
}
