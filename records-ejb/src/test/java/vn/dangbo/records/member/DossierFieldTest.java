package vn.dangbo.records.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dangbo.records.shared.InvalidField;

class DossierFieldTest {

    private static String code(DossierField f, String raw) {
        return assertThrows(InvalidField.class, () -> f.parse(raw)).messageKey();
    }

    @Test
    void parsesEachKindOfValue() {
        assertEquals(LocalDate.of(1975, 4, 30), DossierField.BIRTH_DATE.parse("1975-04-30"));
        assertEquals(Sex.FEMALE, DossierField.SEX.parse("female"));
        assertEquals(PoliticalTheory.ADVANCED, DossierField.POLITICAL_THEORY.parse("ADVANCED"));
        assertEquals("00123456", DossierField.PARTY_CARD_NUMBER.parse("0012 3456"));
        assertEquals(12L, DossierField.CELL_ID.parse("12"));
        assertEquals("12/12", DossierField.GENERAL_EDUCATION.parse("12/12"));
        assertNull(DossierField.RESIDENCE.parse("   "));
    }

    @Test
    void namesTheProblem() {
        assertEquals("field.required", code(DossierField.FULL_NAME, " "));
        assertEquals("field.date", code(DossierField.BIRTH_DATE, "31/02/1990"));
        assertEquals("field.dateOutOfRange", code(DossierField.BIRTH_DATE, "1850-01-01"));
        assertEquals("field.dateOutOfRange", code(DossierField.ADMISSION_DATE, LocalDate.now().plusYears(1).toString()));
        assertEquals("field.notOneOf", code(DossierField.SEX, "X"));
        assertEquals("field.tooLong", code(DossierField.RESIDENCE, "a".repeat(301)));
        assertEquals("field.controlCharacters", code(DossierField.RESIDENCE, "Tổ 1\u0000"));
        assertEquals("field.grade", code(DossierField.GENERAL_EDUCATION, "13/12"));
        assertEquals("partyCard.format", code(DossierField.PARTY_CARD_NUMBER, "12ab"));
        assertEquals("citizenId.format", code(DossierField.CITIZEN_ID, "123"));
        assertEquals("field.id", code(DossierField.CELL_ID, "-1"));
    }
}
