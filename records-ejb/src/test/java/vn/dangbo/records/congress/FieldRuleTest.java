package vn.dangbo.records.congress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldRuleTest {

    private static final List<FieldRule.Field> FIELDS = List.of(
            new FieldRule.Field(1, List.of("kinh tế", "doanh nghiệp", "việc làm")),
            new FieldRule.Field(2, List.of("đảng viên", "chi bộ", "tham nhũng")),
            new FieldRule.Field(3, List.of("giáo dục", "y tế", "môi trường")),
            new FieldRule.Field(4, List.of("an ninh", "trật tự", "ma túy")),
            new FieldRule.Field(5, List.of("chuyển đổi số", "dịch vụ công trực tuyến", "dữ liệu")));

    @Test
    void aKeywordFoundSuggestsItsField() {
        assertEquals(List.of(5L), FieldRule.suggest("Đề nghị đẩy mạnh chuyển đổi số trong phường.", FIELDS));
    }

    @Test
    void diacriticsCaseAndUnicodeFormDoNotMatter() {
        assertEquals(List.of(5L), FieldRule.suggest("CHUYEN DOI SO cho nguoi cao tuoi", FIELDS));
        String nfd = java.text.Normalizer.normalize("Giữ gìn an ninh, trật tự khu phố", java.text.Normalizer.Form.NFD);
        assertEquals(List.of(4L), FieldRule.suggest(nfd, FIELDS));
        assertEquals(List.of(2L), FieldRule.suggest("dang vien phai guong mau", FIELDS));
    }

    @Test
    void wholeWordsOnly() {
        // "y tế" must not be found inside "quy tế" or "tuy tế"; "so" alone is not "chuyển đổi số".
        assertEquals(List.of(), FieldRule.suggest("quy tế nhị, số liệu", FIELDS));
    }

    @Test
    void severalFieldsTheOneWithMoreKeywordsFirstThenListOrder() {
        assertEquals(List.of(3L, 1L), FieldRule.suggest("Giáo dục và y tế tốt thì kinh tế mới bền", FIELDS));
        assertEquals(List.of(1L, 4L), FieldRule.suggest("kinh tế đi đôi với an ninh", FIELDS));
    }

    @Test
    void nothingToSuggestFromAnEmptyOrUnrelatedText() {
        assertEquals(List.of(), FieldRule.suggest("", FIELDS));
        assertEquals(List.of(), FieldRule.suggest(null, FIELDS));
        assertEquals(List.of(), FieldRule.suggest("Tôi đồng ý với dự thảo.", FIELDS));
        assertEquals(List.of(), FieldRule.suggest("kinh tế", List.of(new FieldRule.Field(9, List.of("", " ")))));
    }
}
