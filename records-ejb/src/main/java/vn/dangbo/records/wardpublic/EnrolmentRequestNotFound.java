package vn.dangbo.records.wardpublic;

import vn.dangbo.records.shared.NotFound;

public class EnrolmentRequestNotFound extends NotFound {
    public EnrolmentRequestNotFound(long id) {
        super("wardPublic.requestNotFound", id);
    }
}
