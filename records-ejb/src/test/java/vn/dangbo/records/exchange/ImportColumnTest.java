package vn.dangbo.records.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dangbo.records.shared.InvalidField;

class ImportColumnTest {

    @Test
    void headersAreRecognisedWithOrWithoutDiacriticsCaseNumberingAndNotes() {
        assertEquals(Optional.of(ImportColumn.FULL_NAME), ImportColumn.byHeader("HỌ VÀ TÊN"));
        assertEquals(Optional.of(ImportColumn.FULL_NAME), ImportColumn.byHeader("ho va ten"));
        assertEquals(Optional.of(ImportColumn.FULL_NAME), ImportColumn.byHeader("2. Họ và tên (*)"));
        assertEquals(Optional.of(ImportColumn.FULL_NAME),
                ImportColumn.byHeader(Normalizer.normalize("Họ tên", Normalizer.Form.NFD)));
        assertEquals(Optional.of(ImportColumn.CITIZEN_ID), ImportColumn.byHeader("Số CMND/CCCD"));
        assertEquals(Optional.of(ImportColumn.CITIZEN_ID), ImportColumn.byHeader("Số định danh cá nhân"));
        assertEquals(Optional.of(ImportColumn.ADMISSION_DATE), ImportColumn.byHeader("Ngày kết nạp: "));
        assertEquals(Optional.of(ImportColumn.PARTY_CARD_NUMBER), ImportColumn.byHeader("SỐ THẺ ĐẢNG"));
        assertTrue(ImportColumn.byHeader("Ghi chú").isEmpty());
        assertTrue(ImportColumn.byHeader("STT").isEmpty());
        assertTrue(ImportColumn.byHeader("").isEmpty());
    }

    @Test
    void everyHeaderOfTheTemplateIsRecognisedAsItsOwnColumn() {
        for (ImportColumn c : ImportColumn.values()) {
            assertEquals(Optional.of(c), ImportColumn.byHeader(c.header()), c.name());
        }
    }

    @Test
    void datesComeFromDateCellsOrDayMonthYearText() {
        assertEquals("1975-04-30", ImportColumn.BIRTH_DATE.toFieldText(new SheetCell("x", LocalDate.of(1975, 4, 30))));
        assertEquals("1975-04-30", ImportColumn.BIRTH_DATE.toFieldText(SheetCell.text("30/04/1975")));
        assertEquals("1975-04-03", ImportColumn.BIRTH_DATE.toFieldText(SheetCell.text("3/4/1975")));
        assertEquals("1975-04-30", ImportColumn.BIRTH_DATE.toFieldText(SheetCell.text("30-04-1975")));
        InvalidField wrong = assertThrows(InvalidField.class,
                () -> ImportColumn.BIRTH_DATE.toFieldText(SheetCell.text("31/02/1990")));
        assertEquals("import.dateFormat", wrong.messageKey());
        assertThrows(InvalidField.class, () -> ImportColumn.ADMISSION_DATE.toFieldText(SheetCell.text("04/30/1975")));
    }

    @Test
    void citizenIdsThatLostTheirLeadingZerosGetThemBack() {
        assertEquals("001185012345", ImportColumn.CITIZEN_ID.toFieldText(SheetCell.text("1185012345")));
        assertEquals("079185012345", ImportColumn.CITIZEN_ID.toFieldText(SheetCell.text("79185012345")));
        assertEquals("001185012345", ImportColumn.CITIZEN_ID.toFieldText(SheetCell.text("001 185 012 345")));
        // an old 9-digit identity card number is left for the field to refuse, not padded into another ID
        assertEquals("123456789", ImportColumn.CITIZEN_ID.toFieldText(SheetCell.text("123456789")));
    }

    @Test
    void theUsersWordsBecomeCodesAndExportsWriteTheWords() {
        assertEquals("FEMALE", ImportColumn.SEX.toFieldText(SheetCell.text("Nữ")));
        assertEquals("FEMALE", ImportColumn.SEX.toFieldText(SheetCell.text("nu")));
        assertEquals("MALE", ImportColumn.SEX.toFieldText(SheetCell.text("NAM")));
        assertEquals("INTERMEDIATE", ImportColumn.POLITICAL_THEORY.toFieldText(SheetCell.text("Trung cấp")));
        assertEquals("PROBATIONARY", ImportColumn.STATUS.toFieldText(SheetCell.text("dự bị")));
        assertEquals("DECEASED", ImportColumn.STATUS.toFieldText(SheetCell.text("Từ trần")));
        assertEquals("Khác", ImportColumn.SEX.toFieldText(SheetCell.text("Khác")), "left for the field to refuse");
        assertEquals("Nữ", ImportColumn.word(vn.dangbo.records.member.Sex.FEMALE));
        assertEquals("Cử nhân", ImportColumn.word(vn.dangbo.records.member.PoliticalTheory.BACHELOR));
    }

    @Test
    void columnsAreNamedAsSpreadsheetsNameThem() {
        assertEquals("A", SpreadsheetReader.columnName(0));
        assertEquals("Z", SpreadsheetReader.columnName(25));
        assertEquals("AA", SpreadsheetReader.columnName(26));
        assertEquals("AB", SpreadsheetReader.columnName(27));
    }

    @Test
    void wholeNumbersLoseTheirDecimalPoint() {
        assertEquals("1085012345", SpreadsheetReader.number(1_085_012_345.0));
        assertEquals("12.5", SpreadsheetReader.number(12.5));
    }
}
