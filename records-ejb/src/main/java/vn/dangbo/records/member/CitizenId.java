package vn.dangbo.records.member;

import java.time.LocalDate;
import java.util.Set;

/**
 * The 12-digit citizen identity number (CCCD, Circular 59/2021/TT-BCA): three digits of the province
 * where the birth was registered, one digit for sex and century of birth, two digits of the year of
 * birth, six random digits. The national party-member database keys members by it.
 */
public record CitizenId(String value) {

    /** The province codes of the 63 provinces; numbers issued before the 2025 mergers keep them. */
    static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
            "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
            "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
            "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
            "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

    public CitizenId {
        if (value == null) {
            throw new InvalidCitizenId(InvalidCitizenId.Reason.FORMAT);
        }
        value = value.strip();
        if (!value.matches("\\d{12}")) {
            throw new InvalidCitizenId(InvalidCitizenId.Reason.FORMAT);
        }
        if (!PROVINCE_CODES.contains(value.substring(0, 3))) {
            throw new InvalidCitizenId(InvalidCitizenId.Reason.PROVINCE);
        }
    }

    public String provinceCode() {
        return value.substring(0, 3);
    }

    /** True for the digit of a woman; even digits are men, odd digits women. */
    public boolean female() {
        return (value.charAt(3) - '0') % 2 == 1;
    }

    /** The birth year encoded in digits 4 to 6: the century from digit 4 (0-1: 1900s, 2-3: 2000s …). */
    public int birthYear() {
        int century = 1900 + ((value.charAt(3) - '0') / 2) * 100;
        return century + Integer.parseInt(value.substring(4, 6));
    }

    /** Refuses an ID whose sex or birth-year digits contradict the dossier: a typing error in either. */
    public void checkMatches(Sex sex, LocalDate birthDate) {
        if (sex != null && female() != (sex == Sex.FEMALE)) {
            throw new InvalidCitizenId(InvalidCitizenId.Reason.SEX_MISMATCH);
        }
        if (birthDate != null && birthYear() != birthDate.getYear()) {
            throw new InvalidCitizenId(InvalidCitizenId.Reason.BIRTH_YEAR_MISMATCH);
        }
    }

    /** The digit that encodes sex and century, for generating and checking IDs. */
    public static char sexCenturyDigit(Sex sex, int birthYear) {
        int base = ((birthYear - 1900) / 100) * 2;
        return (char) ('0' + base + (sex == Sex.FEMALE ? 1 : 0));
    }

    @Override
    public String toString() {
        return value;
    }
}
