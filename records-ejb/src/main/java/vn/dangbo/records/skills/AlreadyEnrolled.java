package vn.dangbo.records.skills;

import vn.dangbo.records.shared.Conflict;

/** The member, or the resident with this phone number, is already a learner of the class. */
public class AlreadyEnrolled extends Conflict {
    public AlreadyEnrolled(String name) {
        super("skills.alreadyEnrolled", name);
    }
}
