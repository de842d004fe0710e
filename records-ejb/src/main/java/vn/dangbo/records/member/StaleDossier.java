package vn.dangbo.records.member;

import vn.dangbo.records.shared.Conflict;

/** Someone saved the dossier after the caller loaded it; saving now would silently undo their change. */
public class StaleDossier extends Conflict {
    public StaleDossier() {
        super("member.stale");
    }
}
