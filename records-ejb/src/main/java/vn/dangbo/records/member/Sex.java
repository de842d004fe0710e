package vn.dangbo.records.member;

public enum Sex {
    MALE, FEMALE
}
