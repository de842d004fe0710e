package vn.dangbo.records.agenda;

import vn.dangbo.records.shared.NotFound;

public class SpeechNotFound extends NotFound {
    public SpeechNotFound(long id) {
        super("congress.speech.notFound", id);
    }
}
