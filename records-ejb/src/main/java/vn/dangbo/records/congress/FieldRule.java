package vn.dangbo.records.congress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.dangbo.records.shared.VietnameseText;

/**
 * Suggests the fields (lĩnh vực) of a comment from its words: a field is suggested when one of its keywords
 * (a word or a phrase) appears in the text as whole words, diacritics and case ignored, so that "chuyen doi so"
 * typed on a phone without accents finds "Chuyển đổi số". Fields with more keywords found come first. A
 * suggestion only: the secretariat confirms or corrects it.
 */
public final class FieldRule {

    /** A field as the rule sees it. */
    public record Field(long id, List<String> keywords) {
    }

    private FieldRule() {
    }

    public static List<Long> suggest(String text, List<Field> fields) {
        String words = " " + VietnameseText.fold(text) + " ";
        if (words.isBlank()) {
            return List.of();
        }
        record Hit(long id, int count, int order) {
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            int count = 0;
            for (String k : f.keywords()) {
                String folded = VietnameseText.fold(k);
                if (!folded.isEmpty() && words.contains(" " + folded + " ")) {
                    count++;
                }
            }
            if (count > 0) {
                hits.add(new Hit(f.id(), count, i));
            }
        }
        return hits.stream().sorted(Comparator.comparingInt(Hit::count).reversed().thenComparingInt(Hit::order))
                .map(Hit::id).toList();
    }
}
