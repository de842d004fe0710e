package vn.dangbo.api;

import java.util.List;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;

/** A request without a body where one is needed is refused with a named problem, not a null further in. */
public final class RequestBody {

    private RequestBody() {
    }

    public static void require(Object body) {
        if (body == null) {
            throw new InvalidInput(List.of(new InvalidField("body", "field.required")));
        }
    }
}
