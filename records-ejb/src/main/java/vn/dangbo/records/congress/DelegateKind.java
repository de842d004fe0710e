package vn.dangbo.records.congress;

/** Official delegates (chính thức) make the quorum and vote; alternates (dự khuyết) and guests do not. */
public enum DelegateKind {
    OFFICIAL, ALTERNATE, GUEST
}
