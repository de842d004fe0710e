package vn.dangbo.records.meeting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.records.shared.PdfPages;
import vn.dangbo.records.shared.PdfPages.Line;
import vn.dangbo.records.shared.PdfPages.Run;
import vn.dangbo.records.shared.PdfPages.Style;

/** The minutes laid out as a PDF with the Word document's wording and order (see {@link MinutesDocument}). */
final class MinutesPdf {

    private static final float BODY = 13;
    private static final float INDENT = 28;

    private MinutesPdf() {
    }

    static void write(MinutesDocument.Wording w, OutputStream target) throws IOException {
        try (PdfPages pdf = PdfPages.a4(BODY)) {
            List<Line> committee = new ArrayList<>();
            for (int i = 0; i < w.headingLeft().size(); i++) {
                committee.add(new Line(w.headingLeft().get(i),
                        i == w.headingLeft().size() - 1 ? Style.BOLD : Style.REGULAR));
            }
            committee.add(new Line("*", Style.REGULAR));
            pdf.columns(committee, List.of(new Line(MinutesDocument.PARTY, Style.BOLD),
                    new Line(w.dateLine(), Style.ITALIC)));
            pdf.space(BODY);
            pdf.centered("BIÊN BẢN", Style.BOLD);
            pdf.centered(w.title(), Style.BOLD);
            pdf.centered(w.topic(), Style.ITALIC);
            pdf.space(BODY / 2);
            for (MinutesDocument.Block b : w.blocks()) {
                if (b instanceof MinutesDocument.Fact f) {
                    pdf.paragraph(List.of(new Run(f.label(), Style.BOLD), new Run(f.value(), Style.REGULAR)), INDENT);
                } else if (b instanceof MinutesDocument.Section s) {
                    pdf.space(BODY / 3);
                    pdf.paragraph(List.of(new Run(s.title(), Style.BOLD)), 0);
                    for (String line : s.body().split("\n")) {
                        pdf.paragraph(List.of(new Run(line, Style.REGULAR)), INDENT);
                    }
                }
            }
            pdf.space(BODY / 3);
            pdf.paragraph(List.of(new Run(w.closing(), Style.REGULAR)), INDENT);
            pdf.space(BODY);
            pdf.columns(signature("THƯ KÝ", w.secretary()), signature("CHỦ TRÌ", w.chair()));
            pdf.writeTo(target);
        }
    }

    private static List<Line> signature(String role, String name) {
        return List.of(new Line(role, Style.BOLD), new Line(MinutesDocument.SIGN_HINT, Style.ITALIC),
                new Line("", Style.REGULAR), new Line("", Style.REGULAR), new Line("", Style.REGULAR),
                new Line(name, Style.BOLD));
    }
}
