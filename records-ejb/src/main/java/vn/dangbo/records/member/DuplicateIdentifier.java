package vn.dangbo.records.member;

import vn.dangbo.records.shared.InvalidField;

/** Another dossier already has this citizen ID or party card number. */
public class DuplicateIdentifier extends InvalidField {
    public DuplicateIdentifier(String field, long otherMemberId) {
        super(field, "member.duplicate", otherMemberId);
    }
}
