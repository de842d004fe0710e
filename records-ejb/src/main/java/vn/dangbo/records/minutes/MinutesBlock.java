package vn.dangbo.records.minutes;

import java.util.List;

/** A piece of the congress minutes, laid out the same way in the .docx and the PDF. */
public sealed interface MinutesBlock {

    record Heading(String text) implements MinutesBlock {
    }

    record Text(String text) implements MinutesBlock {
    }

    record Table(List<String> headers, List<List<String>> rows) implements MinutesBlock {
    }
}
