package vn.dangbo.records.congress;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.dangbo.records.library.RichText;
import vn.dangbo.records.shared.PlainText;

/**
 * Cuts a document into the paragraphs comments point at. Rich text is first cleaned with the library's
 * allow-list (scripts, handlers, styles and images go); each top-level block (a paragraph, a heading, a list,
 * a table) is one paragraph, and loose text between blocks becomes a paragraph of its own. Plain text is cut
 * at blank lines; the line breaks inside a paragraph are kept.
 */
public final class Paragraphs {

    private Paragraphs() {
    }

    public static List<Paragraph> fromHtml(String html) {
        Document doc = Jsoup.parseBodyFragment(RichText.clean(html));
        doc.outputSettings().prettyPrint(false);
        List<Paragraph> out = new ArrayList<>();
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        Element loose = null;
        for (Node n : new ArrayList<>(doc.body().childNodes())) {
            boolean block = n instanceof Element e && e.isBlock() && !e.normalName().equals("br");
            if (block) {
                add(out, (Element) n);
                loose = null;
            } else {
                if (loose == null) {
                    loose = shell.body().appendElement("p");
                    out.add(null);
                }
                loose.appendChild(n);
                out.set(out.size() - 1, paragraph(loose));
            }
        }
        return out.stream().filter(p -> p != null && !p.text().isBlank()).toList();
    }

    public static List<Paragraph> fromText(String text) {
        List<Paragraph> out = new ArrayList<>();
        String all = PlainText.lines("text", text, Integer.MAX_VALUE, false, new ArrayList<>());
        if (all == null || all.isEmpty()) {
            return out;
        }
        for (String block : all.split("\\n\\s*\\n")) {
            String b = block.strip();
            if (b.isEmpty()) {
                continue;
            }
            Document shell = Document.createShell("");
            shell.outputSettings().prettyPrint(false);
            Element p = shell.body().appendElement("p");
            String[] lines = b.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    p.appendElement("br");
                }
                p.appendChild(new TextNode(lines[i].strip()));
            }
            out.add(new Paragraph(p.outerHtml(), b));
        }
        return out;
    }

    private static void add(List<Paragraph> out, Element e) {
        Paragraph p = paragraph(e);
        if (!p.text().isBlank() || e.normalName().equals("table")) {
            out.add(p);
        }
    }

    private static Paragraph paragraph(Element e) {
        String html = e.outerHtml();
        return new Paragraph(html, RichText.text(html));
    }
}
