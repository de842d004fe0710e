package vn.dangbo.records.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.UnitKind;

class CellPeriodTest {

    private static PartyUnit cell(long id, String name) throws ReflectiveOperationException {
        PartyUnit ward = new PartyUnit(UnitKind.WARD, "Đảng bộ phường Thử", null, LocalDate.of(2000, 1, 1));
        PartyUnit u = new PartyUnit(UnitKind.CELL, name, ward, LocalDate.of(2000, 1, 1));
        Field f = PartyUnit.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(u, id);
        return u;
    }

    @Test
    void aMemberWhoLeftAndCameBackHasEveryStretchWithWhereTheyWentAndCameFrom() throws Exception {
        PartyUnit a = cell(1, "Chi bộ 1");
        PartyUnit b = cell(2, "Chi bộ 2");
        List<CellPeriod> h = CellPeriod.chain(LocalDate.of(2000, 1, 1), b, List.of(
                new CellPeriod.Out(a, "Đảng bộ xã Yên Phú, Hưng Yên", LocalDate.of(2010, 5, 1)),
                new CellPeriod.In("Đảng bộ xã Yên Phú", b, LocalDate.of(2015, 7, 1))));
        assertEquals(List.of(
                new CellPeriod(1, "Chi bộ 1", LocalDate.of(2000, 1, 1), LocalDate.of(2010, 5, 1), null,
                        "Đảng bộ xã Yên Phú, Hưng Yên"),
                new CellPeriod(2, "Chi bộ 2", LocalDate.of(2015, 7, 1), null, "Đảng bộ xã Yên Phú", null)), h);
    }

    @Test
    void afterATransferOutNothingIsOpen() throws Exception {
        PartyUnit a = cell(1, "Chi bộ 1");
        PartyUnit b = cell(2, "Chi bộ 2");
        List<CellPeriod> h = CellPeriod.chain(LocalDate.of(2000, 1, 1), b, List.of(
                new CellPeriod.Between(a, b, LocalDate.of(2005, 1, 1)),
                new CellPeriod.Out(b, "Đảng bộ phường Hòa Xuân", LocalDate.of(2010, 5, 1))));
        assertEquals(2, h.size());
        assertEquals(LocalDate.of(2010, 5, 1), h.get(1).to());
        assertEquals("Đảng bộ phường Hòa Xuân", h.get(1).transferredOutTo());
    }
}
