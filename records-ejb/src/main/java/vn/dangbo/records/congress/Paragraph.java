package vn.dangbo.records.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One block of a congress document: its cleaned HTML to show and its plain text to search and quote. */
@Embeddable
public class Paragraph {

    private String html;
    @Column(name = "plain_text")
    private String text;

    protected Paragraph() {
    }

    public Paragraph(String html, String text) {
        this.html = html;
        this.text = text;
    }

    public String html() { return html; }
    public String text() { return text; }
}
