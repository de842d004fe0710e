package vn.dangbo.records.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void theGivenNameComesFirstInTheSortKey() {
        assertEquals("Đào Nguyễn Thị", new PersonName("Nguyễn Thị Đào").sortKey());
        assertEquals("Bình", new PersonName("Bình").sortKey());
        assertEquals("Đào", new PersonName("Nguyễn Thị Đào").givenName());
    }

    @Test
    void searchFormIgnoresDiacriticsCaseAndNormalization() {
        String nfd = Normalizer.normalize("Nguyễn Thị Đào", Normalizer.Form.NFD);
        assertEquals("nguyen thi dao", new PersonName("Nguyễn Thị Đào").searchForm());
        assertEquals("nguyen thi dao", new PersonName(nfd).searchForm());
        assertEquals("nguyen thi dao", new PersonName("NGUYỄN  THỊ   ĐÀO").searchForm());
        assertEquals(List.of("nguyen", "thi", "dao"), new PersonName("Nguyễn Thị Đào").tokens());
    }

    @Test
    void storesNamesComposedAndTidy() {
        String nfd = Normalizer.normalize("  Trần   Văn Ấn ", Normalizer.Form.NFD);
        String stored = new PersonName(nfd).fullName();
        assertEquals("Trần Văn Ấn", stored);
        assertEquals(Normalizer.normalize(stored, Normalizer.Form.NFC), stored);
    }

    @Test
    void refusesEmptyAndOverlongNames() {
        assertThrows(IllegalArgumentException.class, () -> new PersonName("   "));
        assertThrows(IllegalArgumentException.class, () -> new PersonName("A".repeat(121)));
    }

    @Test
    void vietnameseOrderSortsByGivenNameThenTheRest() {
        List<String> names = new ArrayList<>(List.of("Trần Văn Bình", "Đỗ Thị Đào", "Lê Thị Anh", "Nguyễn Văn Ăn",
                "Phạm Thị Âu", "Hồ Văn Dung", "Lê Bình", "Vũ Thị Em", "Nguyễn Văn Anh"));
        Collections.shuffle(names);
        names.sort(VietnameseOrder.BY_NAME);
        assertEquals(List.of("Lê Thị Anh", "Nguyễn Văn Anh", "Nguyễn Văn Ăn", "Phạm Thị Âu", "Lê Bình",
                "Trần Văn Bình", "Hồ Văn Dung", "Đỗ Thị Đào", "Vũ Thị Em"), names);
    }
}
