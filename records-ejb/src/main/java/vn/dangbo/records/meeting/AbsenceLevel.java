package vn.dangbo.records.meeting;

/** DOMAIN.md's absence rule for a calendar year: a warning at 2 unexcused absences, a flag for the committee at 3. */
public enum AbsenceLevel {
    NONE, WARNING, FLAG;

    public static AbsenceLevel of(int unexcused) {
        return unexcused >= 3 ? FLAG : unexcused == 2 ? WARNING : NONE;
    }
}
