package vn.dangbo.records.member;

import vn.dangbo.records.shared.NotFound;

public class MemberNotFound extends NotFound {
    public MemberNotFound(long id) {
        super("member.notFound", id);
    }
}
