package vn.dangbo.records.member;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.VietnameseText;

/**
 * The editable fields of a dossier (the core of form 2-HSĐV), each with how a value arrives as text
 * and what makes it acceptable. Field names are those of the API and of the change history.
 */
public enum DossierField {
    FULL_NAME("fullName", Type.TEXT, true, PersonName.MAX_LENGTH),
    OTHER_NAMES("otherNames", Type.TEXT, false, 200),
    SEX("sex", Type.SEX, true, 0),
    BIRTH_DATE("birthDate", Type.DATE, true, 0),
    BIRTHPLACE("birthplace", Type.TEXT, false, 300),
    RESIDENCE("residence", Type.TEXT, false, 300),
    ETHNICITY("ethnicity", Type.TEXT, false, 60),
    RELIGION("religion", Type.TEXT, false, 60),
    CITIZEN_ID("citizenId", Type.CITIZEN_ID, true, 12),
    OCCUPATION("occupation", Type.TEXT, false, 200),
    GENERAL_EDUCATION("generalEducation", Type.GRADE, false, 20),
    PROFESSIONAL_QUALIFICATION("professionalQualification", Type.TEXT, false, 200),
    POLITICAL_THEORY("politicalTheory", Type.POLITICAL_THEORY, false, 0),
    FOREIGN_LANGUAGE("foreignLanguage", Type.TEXT, false, 100),
    IT_LEVEL("itLevel", Type.TEXT, false, 100),
    ADMISSION_DATE("admissionDate", Type.DATE, false, 0),
    FULL_MEMBERSHIP_DATE("fullMembershipDate", Type.DATE, false, 0),
    PARTY_CARD_NUMBER("partyCardNumber", Type.PARTY_CARD, false, 16),
    CELL_ID("cellId", Type.ID, true, 0),
    STATUS("status", Type.STATUS, true, 0);

    enum Type { TEXT, SEX, DATE, CITIZEN_ID, GRADE, POLITICAL_THEORY, PARTY_CARD, ID, STATUS }

    /** Dates before this are typing errors: nobody alive was born or admitted earlier. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final String apiName;
    private final Type type;
    private final boolean required;
    private final int maxLength;

    DossierField(String apiName, Type type, boolean required, int maxLength) {
        this.apiName = apiName;
        this.type = type;
        this.required = required;
        this.maxLength = maxLength;
    }

    public String apiName() {
        return apiName;
    }

    public boolean required() {
        return required;
    }

    public static Optional<DossierField> byApiName(String name) {
        return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
    }

    /**
     * Turns the text a user or a spreadsheet gave into the field's value; null or blank clears an
     * optional field. Throws {@link InvalidField} naming the problem.
     */
    public Object parse(String raw) {
        String text = raw == null ? null : VietnameseText.clean(raw);
        if (text == null || text.isEmpty()) {
            if (required) {
                throw new InvalidField(apiName, "field.required");
            }
            return null;
        }
        if (VietnameseText.hasControlCharacters(text)) {
            throw new InvalidField(apiName, "field.controlCharacters");
        }
        if (maxLength > 0 && text.length() > maxLength) {
            throw new InvalidField(apiName, "field.tooLong", maxLength);
        }
        return switch (type) {
            case TEXT -> this == FULL_NAME ? new PersonName(text).fullName() : text;
            case SEX -> parseEnum(Sex.class, text);
            case STATUS -> parseEnum(MemberStatus.class, text);
            case POLITICAL_THEORY -> parseEnum(PoliticalTheory.class, text);
            case DATE -> parseDate(text);
            case CITIZEN_ID -> new CitizenId(text).value();
            case PARTY_CARD -> PartyCardNumber.parse(text).value();
            case GRADE -> parseGrade(text);
            case ID -> parseId(text);
        };
    }

    private <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidField(apiName, "field.notOneOf", Arrays.toString(type.getEnumConstants()));
        }
    }

    private LocalDate parseDate(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidField(apiName, "field.date");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LocalDate.now().plusDays(1))) {
            throw new InvalidField(apiName, "field.dateOutOfRange");
        }
        return date;
    }

    /** General education is written as grade reached over the system's grades: 12/12, 10/10, 9/12. */
    private String parseGrade(String text) {
        if (!text.matches("(1[0-2]|[1-9])/(1[0-2]|10|9)")) {
            throw new InvalidField(apiName, "field.grade");
        }
        String[] parts = text.split("/");
        if (Integer.parseInt(parts[0]) > Integer.parseInt(parts[1])) {
            throw new InvalidField(apiName, "field.grade");
        }
        return text;
    }

    private Long parseId(String text) {
        try {
            long id = Long.parseLong(text);
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new InvalidField(apiName, "field.id");
        }
    }

    /** The value as the change history shows it. */
    static String display(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
