package vn.dangbo.records.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.records.member.DossierField;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.VietnameseText;

/**
 * The columns of a dossier spreadsheet, recognised by their Vietnamese headers as officers write them:
 * with or without diacritics, in any case and order, with the synonyms found in the national
 * database's exports and in the wards' own sheets. The first header of each is the one the template
 * and the exports use, so an exported list imports back unchanged.
 */
public enum ImportColumn {
    FULL_NAME(DossierField.FULL_NAME, "Họ và tên", "họ tên", "họ và tên khai sinh", "họ tên đảng viên", "tên đảng viên"),
    OTHER_NAMES(DossierField.OTHER_NAMES, "Tên gọi khác", "bí danh", "tên khác"),
    SEX(DossierField.SEX, "Giới tính", "nam nữ", "nam/nữ"),
    BIRTH_DATE(DossierField.BIRTH_DATE, "Ngày sinh", "ngày tháng năm sinh", "ngày, tháng, năm sinh", "sinh ngày"),
    BIRTHPLACE(DossierField.BIRTHPLACE, "Quê quán", "nguyên quán"),
    RESIDENCE(DossierField.RESIDENCE, "Nơi ở hiện nay", "nơi cư trú", "nơi thường trú", "địa chỉ", "chỗ ở hiện nay"),
    ETHNICITY(DossierField.ETHNICITY, "Dân tộc"),
    RELIGION(DossierField.RELIGION, "Tôn giáo"),
    CITIZEN_ID(DossierField.CITIZEN_ID, "Số CCCD", "CCCD", "số căn cước", "căn cước công dân", "số căn cước công dân",
            "số định danh cá nhân", "số định danh", "CMND/CCCD", "số CMND/CCCD"),
    OCCUPATION(DossierField.OCCUPATION, "Nghề nghiệp", "nghề nghiệp hiện nay"),
    GENERAL_EDUCATION(DossierField.GENERAL_EDUCATION, "Giáo dục phổ thông", "trình độ học vấn", "trình độ văn hóa",
            "văn hóa", "học vấn"),
    PROFESSIONAL_QUALIFICATION(DossierField.PROFESSIONAL_QUALIFICATION, "Chuyên môn nghiệp vụ", "trình độ chuyên môn",
            "chuyên môn"),
    POLITICAL_THEORY(DossierField.POLITICAL_THEORY, "Lý luận chính trị", "trình độ lý luận chính trị", "LLCT"),
    FOREIGN_LANGUAGE(DossierField.FOREIGN_LANGUAGE, "Ngoại ngữ", "trình độ ngoại ngữ"),
    IT_LEVEL(DossierField.IT_LEVEL, "Tin học", "trình độ tin học"),
    ADMISSION_DATE(DossierField.ADMISSION_DATE, "Ngày vào Đảng", "ngày kết nạp", "ngày kết nạp đảng"),
    FULL_MEMBERSHIP_DATE(DossierField.FULL_MEMBERSHIP_DATE, "Ngày chính thức", "ngày vào đảng chính thức",
            "ngày công nhận chính thức"),
    PARTY_CARD_NUMBER(DossierField.PARTY_CARD_NUMBER, "Số thẻ đảng viên", "số thẻ đảng", "số thẻ"),
    CELL(DossierField.CELL_ID, "Chi bộ", "tên chi bộ", "chi bộ sinh hoạt", "sinh hoạt tại chi bộ"),
    STATUS(DossierField.STATUS, "Trạng thái", "tình trạng", "loại đảng viên");

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The users' words for the coded values: what exports write, and (folded) what imports accept besides the codes. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("MALE", "Nam"), Map.entry("FEMALE", "Nữ"),
            Map.entry("NONE", "Chưa qua đào tạo"), Map.entry("ELEMENTARY", "Sơ cấp"),
            Map.entry("INTERMEDIATE", "Trung cấp"), Map.entry("ADVANCED", "Cao cấp"), Map.entry("BACHELOR", "Cử nhân"),
            Map.entry("PROBATIONARY", "Dự bị"), Map.entry("FULL", "Chính thức"), Map.entry("EXEMPT", "Miễn sinh hoạt"),
            Map.entry("TRANSFERRED_OUT", "Đã chuyển đi"), Map.entry("DECEASED", "Từ trần"),
            Map.entry("REMOVED", "Xóa tên"), Map.entry("EXPELLED", "Khai trừ"));
    private static final Map<String, String> CODES_BY_WORD = codesByWord();

    private static Map<String, String> codesByWord() {
        Map<String, String> codes = new java.util.HashMap<>();
        WORDS.forEach((code, word) -> {
            codes.put(VietnameseText.fold(word), code);
            codes.put(VietnameseText.fold(code), code);
        });
        codes.put("khong", "NONE");
        return Map.copyOf(codes);
    }

    private final DossierField field;
    private final String header;
    private final List<String> foldedHeaders;

    ImportColumn(DossierField field, String header, String... synonyms) {
        this.field = field;
        this.header = header;
        this.foldedHeaders = java.util.stream.Stream.concat(java.util.stream.Stream.of(header), Arrays.stream(synonyms))
                .map(ImportColumn::foldHeader).toList();
    }

    public DossierField field() {
        return field;
    }

    /** The header as the template and the exports write it. */
    public String header() {
        return header;
    }

    /**
     * The column a header names: "HỌ VÀ TÊN", "ho va ten", "Họ và tên (*)" and "1. Họ và tên" all name
     * {@link #FULL_NAME}.
     */
    public static Optional<ImportColumn> byHeader(String text) {
        String folded = foldHeader(text);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.foldedHeaders.contains(folded)).findFirst();
    }

    /** Folded, without numbering in front or notes in brackets or after a colon. */
    static String foldHeader(String text) {
        String t = text == null ? "" : text.replaceAll("\\(.*?\\)|\\[.*?]|\\*", " ");
        int colon = t.indexOf(':');
        if (colon > 0) {
            t = t.substring(0, colon);
        }
        return VietnameseText.fold(t).replaceFirst("^\\d+ ", "").strip();
    }

    /**
     * The cell as the text the dossier field parses (ISO dates, enum names, digits), or the cell's own
     * text: the field then says what is wrong with it. Throws {@link InvalidField} for a date that is
     * neither a date cell nor dd/MM/yyyy text.
     */
    public String toFieldText(SheetCell cell) {
        String text = cell.text() == null ? null : VietnameseText.clean(cell.text());
        return switch (field) {
            case BIRTH_DATE, ADMISSION_DATE, FULL_MEMBERSHIP_DATE -> cell.date() != null
                    ? cell.date().toString() : date(text);
            case CITIZEN_ID -> citizenId(text);
            case SEX, POLITICAL_THEORY, STATUS -> text == null ? null
                    : CODES_BY_WORD.getOrDefault(VietnameseText.fold(text), text);
            default -> text;
        };
    }

    /** A coded value in the users' words ("Nữ", "Trung cấp", "Dự bị"), as exports write it. */
    public static String word(Enum<?> value) {
        return value == null ? null : WORDS.getOrDefault(value.name(), value.name());
    }

    private String date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.replace('-', '/').replace('.', '/'), DAY_MONTH_YEAR).toString();
        } catch (DateTimeParseException e) {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return text;
            }
            throw new InvalidField(field.apiName(), "import.dateFormat");
        }
    }

    /**
     * A citizen ID typed into a number cell lost its leading zeros (001085012345 became 1085012345):
     * they are put back for ten or eleven digits (province codes start at 001). Spaces and dots between groups go.
     */
    private static String citizenId(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[\\s.]", "");
        if (digits.matches("\\d{10,11}")) {
            return "0".repeat(12 - digits.length()) + digits;
        }
        return digits;
    }
}
