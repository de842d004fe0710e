package vn.dangbo.records.skills;

import vn.dangbo.records.shared.NotFound;

public class SkillsClassNotFound extends NotFound {
    public SkillsClassNotFound(long id) {
        super("skills.notFound", id);
    }
}
