package vn.dangbo.records.skills;

import vn.dangbo.records.shared.Conflict;

/** Attendance is a fact: it cannot be marked for a session whose day has not come. */
public class SessionNotHeldYet extends Conflict {
    public SessionNotHeldYet(java.time.LocalDate day) {
        super("skills.sessionNotYet", day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
}
