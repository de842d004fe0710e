package vn.dangbo.records.library;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import vn.dangbo.records.shared.VietnameseText;

/**
 * How the library is searched: every word typed must begin a word of the document (its title, number, issuer
 * or text), diacritics and case ignored, in NFC or NFD alike — "da nang" finds "Đà Nẵng", "to chuc" finds
 * "tổ chức", "57-nq" finds "57-NQ/TW".
 *
 * <p>Why not MariaDB's FULLTEXT index: InnoDB leaves out words shorter than innodb_ft_min_token_size (3), and
 * most Vietnamese syllables have two or three letters ("tổ", "đà", "số"), so half of every query would be
 * ignored; the setting is the server's, not the application's. The documents' folded text is therefore
 * matched with LIKE '% word%' — a scan of the library's rows. A ward's library holds hundreds of documents
 * (a few MB of text), which this reads in milliseconds; at tens of thousands of long documents a search
 * engine with a Vietnamese analyser would be the next step.
 */
public final class LibrarySearch {

    /** More words than this add nothing but cost. */
    static final int MAX_TERMS = 8;
    static final int MAX_TERM = 40;
    private static final int BEFORE = 8;
    private static final int AFTER = 22;

    private LibrarySearch() {
    }

    /** The folded, distinct words of a query, at most {@link #MAX_TERMS}. */
    public static List<String> terms(String query) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String w : VietnameseText.words(query)) {
            out.add(w.length() > MAX_TERM ? w.substring(0, MAX_TERM) : w);
            if (out.size() == MAX_TERMS) {
                break;
            }
        }
        return List.copyOf(out);
    }

    /** The stored, searchable form of a document: its folded words between single spaces, a space at each end. */
    public static String index(String... parts) {
        StringBuilder b = new StringBuilder(" ");
        for (String p : parts) {
            String folded = VietnameseText.fold(p);
            if (!folded.isEmpty()) {
                b.append(folded).append(' ');
            }
        }
        return b.toString();
    }

    /** The LIKE pattern of one folded term: it begins a word. Folded terms hold only [a-z0-9], no wildcards. */
    public static String pattern(String term) {
        return "% " + term + "%";
    }

    /** Whether an indexed text has every term at the start of a word (the same rule as the SQL). */
    public static boolean matches(String indexed, List<String> terms) {
        return terms.stream().allMatch(t -> indexed.contains(" " + t));
    }

    /**
     * A few words of the text around the first word any term begins, with "…" where it was cut; the start of
     * the text when the terms were found only in the title or number; empty for an empty text.
     */
    public static String snippet(String text, List<String> terms) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String[] words = text.strip().split("\\s+");
        // Every folded token with the word it came from ("57-NQ/TW" gives three tokens of one word).
        List<String> tokens = new ArrayList<>();
        List<Integer> wordOf = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            for (String folded : VietnameseText.words(words[i])) {
                tokens.add(folded);
                wordOf.add(i);
            }
        }
        int hit = firstHit(tokens, terms);
        hit = hit < 0 ? -1 : wordOf.get(hit);
        int from = hit < 0 ? 0 : Math.max(0, hit - BEFORE);
        int to = Math.min(words.length, (hit < 0 ? 0 : hit) + AFTER + (hit < 0 ? BEFORE : 0));
        List<String> window = new ArrayList<>(List.of(words).subList(from, to));
        return (from > 0 ? "… " : "") + String.join(" ", window) + (to < words.length ? " …" : "");
    }

    /**
     * Where the query reads best: the words in the order typed ("da nang" at "Đà Nẵng", not at an earlier
     * "đầu"), else the first token equal to a term, else the first a term begins; -1 if none.
     */
    private static int firstHit(List<String> tokens, List<String> terms) {
        if (terms.isEmpty()) {
            return -1;
        }
        for (int i = 0; i + terms.size() <= tokens.size(); i++) {
            boolean all = true;
            for (int j = 0; j < terms.size() && all; j++) {
                all = tokens.get(i + j).startsWith(terms.get(j));
            }
            if (all) {
                return i;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (terms.contains(tokens.get(i))) {
                return i;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (terms.stream().anyMatch(t::startsWith)) {
                return i;
            }
        }
        return -1;
    }
}
