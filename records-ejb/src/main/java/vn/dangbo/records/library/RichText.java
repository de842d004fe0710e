package vn.dangbo.records.library;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Rich text as officers write it, cleaned against an allow-list before it is stored: structure and emphasis
 * stay; scripts, event handlers, styles, frames and images go (an image from another site would tell it who
 * reads what, and the pages' Content-Security-Policy would block it anyway).
 */
public final class RichText {

    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h2", "h3", "h4", "hr", "table", "thead", "tbody", "tr", "th", "td", "caption")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan");

    private RichText() {
    }

    /** The HTML that may be shown to members. */
    public static String clean(String html) {
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html == null ? "" : html, "", ALLOWED, out).strip();
    }

    /** The text of cleaned HTML, for search and snippets. */
    public static String text(String cleanHtml) {
        Document doc = Jsoup.parseBodyFragment(cleanHtml);
        // Block ends become line breaks so that words of two paragraphs are not glued together.
        doc.select("p, h2, h3, h4, li, tr, br, blockquote, pre, dd, dt").append("\n");
        return doc.body().wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\n[\\s]*", "\n").strip();
    }
}
