package vn.dangbo.records.skills;

import vn.dangbo.records.security.NotAllowed;

/** The class is run by a cell (or the ward) the caller does not manage. */
public class ClassOutsideYourUnit extends NotAllowed {
    public ClassOutsideYourUnit() {
        super("skills.outsideYourUnit");
    }
}
