package vn.dangbo.records.member;

import vn.dangbo.records.shared.InvalidField;

public class InvalidCitizenId extends InvalidField {

    public enum Reason { FORMAT, PROVINCE, SEX_MISMATCH, BIRTH_YEAR_MISMATCH }

    private final Reason reason;

    public InvalidCitizenId(Reason reason) {
        super("citizenId", "citizenId." + reason.name().toLowerCase(java.util.Locale.ROOT));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
