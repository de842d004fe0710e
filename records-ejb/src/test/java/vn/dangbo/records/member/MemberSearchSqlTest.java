package vn.dangbo.records.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemberSearchSqlTest {

    @Test
    void theGivenNameDrivesANameSearchAndTheOtherWordsAreChecked() {
        MemberSearchSql sql = MemberSearchSql.of(null, new MemberQuery("Nguyễn Thị Đào", null, null, 0, 20));
        assertEquals(List.of("% nguyen%", "% thi%", "dao%"), sql.params());
        assertTrue(sql.count().contains("member_name_token"));
    }

    @Test
    void commonFamilyAndMiddleNamesAreTheLastChoice() {
        assertEquals("an", MemberSearchSql.mostSelective(List.of("nguyen", "van", "an")));
        assertEquals("huong", MemberSearchSql.mostSelective(List.of("huong", "lan")));
    }

    @Test
    void digitsSearchCitizenIdAndPartyCardAndScopeIsInTheSql() {
        MemberSearchSql sql = MemberSearchSql.of(List.of(3L, 4L), new MemberQuery("0791 75", null, MemberStatus.FULL, 2, 10));
        assertEquals(List.of(3L, 4L, "FULL", "079175%", "079175%"), sql.params());
        assertTrue(sql.count().contains("m.cell_id IN (?,?)"));
        assertTrue(sql.select().endsWith("LIMIT 10 OFFSET 20"));
        assertTrue(sql.count().endsWith("LIMIT 1001) c"), "counting stops past the limit: " + sql.count());
    }

    @Test
    void severalCellsWalkTheNameOrderIndex() {
        MemberSearchSql sql = MemberSearchSql.of(List.of(3L, 4L), new MemberQuery(null, null, MemberStatus.FULL, 0, 20));
        assertTrue(sql.select().contains("FORCE INDEX (ix_member_sort)"), sql.select());
    }

    @Test
    void commonOrShortWordsAreCheckedRowByRowInNameOrder() {
        MemberSearchSql sql = MemberSearchSql.of(null, new MemberQuery("nguyen th", null, null, 0, 20));
        assertFalse(sql.count().contains("member_name_token"), sql.count());
        assertEquals(List.of("% nguyen%", "% th%"), sql.params());
        assertTrue(sql.select().contains("FORCE INDEX (ix_member_sort)"));
    }

    @Test
    void withinOneCellTheCellIndexLeadsAndNamesAreCheckedRowByRow() {
        MemberSearchSql sql = MemberSearchSql.of(List.of(7L), new MemberQuery("Đào", null, null, 0, 20));
        assertEquals(List.of(7L, "% dao%"), sql.params());
        assertFalse(sql.select().contains("INDEX"));
    }

    @Test
    void oneCellUsesItsOwnIndex() {
        MemberSearchSql sql = MemberSearchSql.of(List.of(3L), new MemberQuery(null, null, null, 0, 20));
        assertFalse(sql.select().contains("INDEX"));
        assertEquals(List.of(3L), sql.params());
    }
}
