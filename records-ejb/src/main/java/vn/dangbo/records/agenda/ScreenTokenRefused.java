package vn.dangbo.records.agenda;

import vn.dangbo.records.shared.NotFound;

/** An unknown or revoked screen token: the same answer for both, so a guess learns nothing. */
public class ScreenTokenRefused extends NotFound {
    public ScreenTokenRefused() {
        super("congress.screen.refused");
    }
}
