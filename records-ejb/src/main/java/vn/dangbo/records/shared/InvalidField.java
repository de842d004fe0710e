package vn.dangbo.records.shared;

/**
 * A rule of the domain refused a field's value. The message key is looked up in the Messages bundle
 * so that the API answers in the caller's language (Vietnamese first).
 */
public class InvalidField extends DomainException {

    private final String field;

    public InvalidField(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
