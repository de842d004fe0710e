package vn.dangbo.records.member;

/** Political theory level (lý luận chính trị): chưa qua đào tạo, sơ cấp, trung cấp, cao cấp, cử nhân. */
public enum PoliticalTheory {
    NONE, ELEMENTARY, INTERMEDIATE, ADVANCED, BACHELOR
}
