package vn.dangbo.records.skills;

/**
 * The completion rule of a class: a learner completes it by attending at least the required number of
 * sessions. Unless the organiser set that number, every session of the class is required (so a class whose
 * later sessions are still ahead has nobody completed yet). A class without sessions has no completion.
 */
public final class Completion {

    private Completion() {
    }

    /** The sessions a learner must attend: the organiser's number if set, otherwise every session. */
    public static int required(Integer configured, int sessions) {
        return configured != null ? configured : sessions;
    }

    public static boolean completed(int attended, Integer configured, int sessions) {
        int required = required(configured, sessions);
        return required > 0 && attended >= required;
    }
}
