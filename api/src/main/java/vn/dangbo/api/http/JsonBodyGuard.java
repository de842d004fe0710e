package vn.dangbo.api.http;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.dangbo.records.shared.DomainException;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;

/**
 * Every JSON request body is checked here before JSON-B or JSON-P reads it, so that hostile input gets the
 * same clear 400 everywhere instead of whatever a parser or a driver makes of it further in: bytes that are
 * not UTF-8, JSON that is malformed or followed by more text, nesting deeper than any request needs, control
 * characters or lone surrogates in text, numbers beyond what any record holds, and values of the wrong JSON
 * type for the request record's fields (JSON-B would read {@code "maybe"} as {@code false} and {@code 7} as
 * false, and explain a mismatch in Java class names). Dates must be real dates between 1900 and 2100: no
 * record of a ward predates 1900, and a later date is a typing mistake.
 *
 * <p>The field rules of each use case (lengths, required fields, ranges) stay in the domain.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyGuard implements ReaderInterceptor {

    static final int MAX_DEPTH = 32;
    private static final BigDecimal LARGEST = new BigDecimal(Long.MAX_VALUE);
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    /** The body could not be read as JSON at all; maps to 400 with the reason. */
    public static final class MalformedBody extends DomainException {
        public MalformedBody(String messageKey, Object... args) {
            super(messageKey, args);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Class<?> target = context.getType();
        if (!isJson(context.getMediaType()) || java.io.InputStream.class.isAssignableFrom(target)
                || target == byte[].class || target == String.class || java.io.Reader.class.isAssignableFrom(target)) {
            return context.proceed();
        }
        byte[] bytes = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(bytes));
        boolean jsonP = JsonValue.class.isAssignableFrom(context.getType());
        if (isBlank(bytes)) {
            if (jsonP) {
                throw new InvalidInput(List.of(new InvalidField("body", "field.required")));
            }
            return context.proceed(); // JSON-B gives null, and the resource refuses a missing body
        }
        String text = utf8(bytes);
        JsonValue body = parse(text);
        if (body.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidInput(List.of(new InvalidField("body", "field.required")));
        }
        List<InvalidField> problems = new ArrayList<>();
        text(body, "", problems);
        if (problems.isEmpty()) {
            check(body, context.getGenericType(), "", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return context.proceed();
    }

    static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedBody("request.invalidUtf8");
        }
    }

    /** The one JSON value of the body, at most {@link #MAX_DEPTH} deep, with nothing after it. */
    static JsonValue parse(String text) {
        int depth = 0;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            // Walk the events first: a parser that builds the value would recurse as deep as the body goes.
            while (parser.hasNext()) {
                JsonParser.Event e = parser.next();
                if (e == JsonParser.Event.START_ARRAY || e == JsonParser.Event.START_OBJECT) {
                    if (++depth > MAX_DEPTH) {
                        throw new MalformedBody("request.tooDeep", MAX_DEPTH);
                    }
                } else if (e == JsonParser.Event.END_ARRAY || e == JsonParser.Event.END_OBJECT) {
                    depth--;
                }
                if (depth == 0) {
                    break;
                }
            }
            if (parser.hasNext()) {
                JsonLocation at = parser.getLocation();
                throw new MalformedBody("request.trailingContent", at.getLineNumber(), at.getColumnNumber());
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new MalformedBody("request.malformedJson", at == null ? 1 : at.getLineNumber(),
                    at == null ? 1 : at.getColumnNumber());
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new MalformedBody("request.malformedJson", 1, 1);
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw new MalformedBody("request.malformedJson", 1, 1);
        }
    }

    /** Text and numbers anywhere in the body, keys included. */
    static void text(JsonValue v, String path, List<InvalidField> problems) {
        switch (v.getValueType()) {
            case STRING -> {
                String s = ((jakarta.json.JsonString) v).getString();
                if (hasBadCharacters(s)) {
                    problems.add(new InvalidField(name(path), "field.controlCharacters"));
                }
            }
            case NUMBER -> {
                BigDecimal n = ((jakarta.json.JsonNumber) v).bigDecimalValue();
                if (n.abs().compareTo(LARGEST) > 0) {
                    problems.add(new InvalidField(name(path), "field.numberTooLarge"));
                }
            }
            case OBJECT -> v.asJsonObject().forEach((k, x) -> {
                if (hasBadCharacters(k)) {
                    problems.add(new InvalidField(name(path), "field.controlCharacters"));
                } else {
                    text(x, path.isEmpty() ? k : path + "." + k, problems);
                }
            });
            case ARRAY -> {
                var a = v.asJsonArray();
                for (int i = 0; i < a.size(); i++) {
                    text(a.get(i), path + "[" + i + "]", problems);
                }
            }
            default -> {
            }
        }
    }

    /** Control characters other than tab and line breaks, and halves of surrogate pairs on their own. */
    static boolean hasBadCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The JSON value against the Java type the resource reads it into: records, lists, enums, dates, numbers. */
    static void check(JsonValue v, Type type, String path, List<InvalidField> problems) {
        Class<?> raw = raw(type);
        if (raw == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        JsonValue.ValueType t = v.getValueType();
        if (JsonValue.class.isAssignableFrom(raw)) {
            if (path.isEmpty() && jakarta.json.JsonObject.class.isAssignableFrom(raw) && t != JsonValue.ValueType.OBJECT) {
                throw new MalformedBody("request.objectExpected");
            }
            return;
        }
        if (raw.isRecord()) {
            if (t != JsonValue.ValueType.OBJECT) {
                if (path.isEmpty()) {
                    throw new MalformedBody("request.objectExpected");
                }
                problems.add(new InvalidField(name(path), "field.wrongType"));
                return;
            }
            var object = v.asJsonObject();
            for (RecordComponent c : raw.getRecordComponents()) {
                JsonValue x = object.get(c.getName());
                if (x != null) {
                    check(x, c.getGenericType(), path.isEmpty() ? c.getName() : path + "." + c.getName(), problems);
                }
            }
            return;
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (t != JsonValue.ValueType.ARRAY) {
                problems.add(new InvalidField(name(path), "field.wrongType"));
                return;
            }
            Type item = raw.isArray() ? raw.getComponentType()
                    : type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            var a = v.asJsonArray();
            for (int i = 0; i < a.size(); i++) {
                check(a.get(i), item, path + "[" + i + "]", problems);
            }
            return;
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (t != JsonValue.ValueType.OBJECT) {
                problems.add(new InvalidField(name(path), "field.wrongType"));
            }
            return;
        }
        if (raw == String.class || raw == Character.class || raw == char.class) {
            if (t != JsonValue.ValueType.STRING) {
                problems.add(new InvalidField(name(path), "field.wrongType"));
            }
            return;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (t != JsonValue.ValueType.TRUE && t != JsonValue.ValueType.FALSE) {
                problems.add(new InvalidField(name(path), "field.wrongType"));
            }
            return;
        }
        if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != void.class)) {
            number(v, raw, path, problems);
            return;
        }
        if (raw.isEnum()) {
            if (t != JsonValue.ValueType.STRING) {
                problems.add(new InvalidField(name(path), "field.wrongType"));
                return;
            }
            String s = ((jakarta.json.JsonString) v).getString();
            Object[] constants = raw.getEnumConstants();
            if (Arrays.stream(constants).noneMatch(k -> ((Enum<?>) k).name().equals(s))) {
                problems.add(new InvalidField(name(path), "field.notOneOf", Arrays.toString(constants)));
            }
            return;
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(raw) || raw == YearMonth.class) {
            temporal(v, raw, path, problems);
        }
    }

    private static void number(JsonValue v, Class<?> raw, String path, List<InvalidField> problems) {
        if (v.getValueType() != JsonValue.ValueType.NUMBER) {
            problems.add(new InvalidField(name(path), "field.wrongType"));
            return;
        }
        BigDecimal n = ((jakarta.json.JsonNumber) v).bigDecimalValue();
        boolean integral = raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class
                || raw == Short.class || raw == short.class || raw == Byte.class || raw == byte.class
                || raw == BigInteger.class;
        if (!integral) {
            return;
        }
        BigInteger whole;
        try {
            whole = n.toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            problems.add(new InvalidField(name(path), "field.wholeNumber"));
            return;
        }
        long max = raw == Integer.class || raw == int.class ? Integer.MAX_VALUE
                : raw == Short.class || raw == short.class ? Short.MAX_VALUE
                : raw == Byte.class || raw == byte.class ? Byte.MAX_VALUE : Long.MAX_VALUE;
        if (whole.abs().compareTo(BigInteger.valueOf(max)) > 0) {
            problems.add(new InvalidField(name(path), "field.numberTooLarge"));
        }
    }

    private static void temporal(JsonValue v, Class<?> raw, String path, List<InvalidField> problems) {
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            problems.add(new InvalidField(name(path), "field.wrongType"));
            return;
        }
        String s = ((jakarta.json.JsonString) v).getString().strip();
        TemporalAccessor parsed;
        try {
            if (raw == LocalDate.class) {
                parsed = LocalDate.parse(s);
            } else if (raw == LocalDateTime.class) {
                parsed = LocalDateTime.parse(s);
            } else if (raw == Instant.class) {
                parsed = OffsetDateTime.ofInstant(Instant.parse(s), java.time.ZoneOffset.UTC);
            } else if (raw == OffsetDateTime.class) {
                parsed = OffsetDateTime.parse(s);
            } else if (raw == YearMonth.class) {
                parsed = YearMonth.parse(s);
            } else if (raw == LocalTime.class) {
                LocalTime.parse(s);
                return;
            } else {
                return;
            }
        } catch (DateTimeParseException e) {
            problems.add(new InvalidField(name(path), "field.date"));
            return;
        }
        int year = parsed.get(ChronoField.YEAR);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new InvalidField(name(path), "field.dateImplausible"));
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static String name(String path) {
        return path.isEmpty() ? "body" : path;
    }
}
