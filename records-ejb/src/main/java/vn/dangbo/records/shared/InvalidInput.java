package vn.dangbo.records.shared;

import java.util.List;

/** Several fields refused at once, so a form can show every problem in one round trip: maps to 400. */
public class InvalidInput extends DomainException {

    private final transient List<InvalidField> problems;

    public InvalidInput(List<InvalidField> problems) {
        super("input.invalid");
        this.problems = List.copyOf(problems);
    }

    public List<InvalidField> problems() {
        return problems;
    }
}
