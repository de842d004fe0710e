package vn.dangbo.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;

/**
 * Reads a JSON object of dossier fields into field name → text, which the domain parses and checks.
 * Identifiers with leading zeros must arrive as strings, so only the named numeric fields accept numbers.
 */
public final class JsonFields {

    private JsonFields() {
    }

    public static Map<String, String> texts(JsonObject body, Set<String> numericFields, Set<String> skip) {
        if (body == null) {
            throw new InvalidInput(List.of(new InvalidField("body", "field.required")));
        }
        Map<String, String> out = new LinkedHashMap<>();
        List<InvalidField> problems = new ArrayList<>();
        body.forEach((name, value) -> {
            if (skip.contains(name)) {
                return;
            }
            switch (value.getValueType()) {
                case NULL -> out.put(name, null);
                case STRING -> out.put(name, ((JsonString) value).getString());
                case NUMBER -> {
                    JsonNumber n = (JsonNumber) value;
                    if (numericFields.contains(name) && n.isIntegral()) {
                        out.put(name, n.bigIntegerValue().toString());
                    } else {
                        problems.add(new InvalidField(name, "field.wrongType"));
                    }
                }
                default -> problems.add(new InvalidField(name, "field.wrongType"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return out;
    }

    /** A required whole number, e.g. the version a client loaded. */
    public static long requiredLong(JsonObject body, String name) {
        JsonValue v = body == null ? null : body.get(name);
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.longValueExact();
            } catch (ArithmeticException tooLarge) {
                throw new InvalidInput(List.of(new InvalidField(name, "field.wrongType")));
            }
        }
        throw new InvalidInput(List.of(new InvalidField(name, v == null ? "field.required" : "field.wrongType")));
    }
}
