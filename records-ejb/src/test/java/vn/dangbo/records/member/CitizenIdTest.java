package vn.dangbo.records.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdTest {

    @Test
    void readsProvinceSexAndBirthYear() {
        CitizenId man1975 = new CitizenId("079075001234");
        assertEquals("079", man1975.provinceCode());
        assertFalse(man1975.female());
        assertEquals(1975, man1975.birthYear());

        CitizenId woman2001 = new CitizenId("001301000001");
        assertTrue(woman2001.female());
        assertEquals(2001, woman2001.birthYear());
    }

    @Test
    void keepsLeadingZerosAndTrimsSpaces() {
        assertEquals("001190000123", new CitizenId(" 001190000123 ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678901", "1234567890123", "00119000012a", "001 19000012", "１２３４５６７８９０１２"})
    void refusesAnythingButTwelveDigits(String text) {
        InvalidCitizenId e = assertThrows(InvalidCitizenId.class, () -> new CitizenId(text));
        assertEquals(InvalidCitizenId.Reason.FORMAT, e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000190000123", "003190000123", "097190000123", "999190000123"})
    void refusesCodesThatAreNoProvince(String text) {
        assertEquals(InvalidCitizenId.Reason.PROVINCE,
                assertThrows(InvalidCitizenId.class, () -> new CitizenId(text)).reason());
    }

    @Test
    void checksSexAndBirthYearAgainstTheDossier() {
        CitizenId id = new CitizenId("048185001234");
        id.checkMatches(Sex.FEMALE, LocalDate.of(1985, 3, 1));
        assertEquals(InvalidCitizenId.Reason.SEX_MISMATCH, assertThrows(InvalidCitizenId.class,
                () -> id.checkMatches(Sex.MALE, LocalDate.of(1985, 3, 1))).reason());
        assertEquals(InvalidCitizenId.Reason.BIRTH_YEAR_MISMATCH, assertThrows(InvalidCitizenId.class,
                () -> id.checkMatches(Sex.FEMALE, LocalDate.of(1986, 3, 1))).reason());
    }

    @Test
    void theSexCenturyDigitRoundTrips() {
        for (int year : new int[] {1930, 1999, 2000, 2024}) {
            for (Sex sex : Sex.values()) {
                String text = "001" + CitizenId.sexCenturyDigit(sex, year) + String.format("%02d", year % 100) + "000001";
                CitizenId id = new CitizenId(text);
                assertEquals(year, id.birthYear());
                assertEquals(sex == Sex.FEMALE, id.female());
            }
        }
    }
}
