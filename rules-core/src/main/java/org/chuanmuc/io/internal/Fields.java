package org.chuanmuc.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.chuanmuc.io.FieldError;

/**
 * Typed, checked access to the fields of one JSON object. Every accessor records a {@link FieldError}
 * with the field's JSON path when the value is missing (for required fields) or of the wrong type or
 * range, and returns empty; so a caller reads every field and gets every error of the record, not only
 * the first. {@link #rejectUnknownFields()} then reports fields no accessor asked for.
 */
public final class Fields {
    /** Each enum's constants by name, looked up for every enumerated field of every record. */
    private static final ClassValue<Map<String, Enum<?>>> CONSTANTS = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), (Enum<?>) constant);
            }
            return Map.copyOf(byName);
        }
    };

    private final JsonNode node;
    private final String path;
    private final List<FieldError> errors;
    private final Set<String> known = new HashSet<>();

    private Fields(JsonNode node, String path, List<FieldError> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** @return fields of {@code node}, or empty (with an error at {@code path}) when it is not an object */
    public static Optional<Fields> of(JsonNode node, String path, List<FieldError> errors) {
        if (!node.isObject()) {
            errors.add(new FieldError(path, ReaderMessages.notObject()));
            return Optional.empty();
        }
        return Optional.of(new Fields(node, path, errors));
    }

    /** @return the path of a field of this object */
    public String pathOf(String field) {
        return path + "." + field;
    }

    /** Records an error on a field of this object. */
    public void error(String field, String message) {
        errors.add(new FieldError(pathOf(field), message));
    }

    private Optional<JsonNode> value(String field, boolean required) {
        known.add(field);
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                error(field, ReaderMessages.required());
            }
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** @return the field's non-blank string; empty (with an error) when missing, not a string or blank */
    public Optional<String> requiredText(String field) {
        return text(field, true).filter(s -> {
            if (s.isBlank()) {
                error(field, ReaderMessages.blank());
                return false;
            }
            return true;
        });
    }

    /** @return the field's string; empty when absent, or (with an error) not a string */
    public Optional<String> optionalText(String field) {
        return text(field, false);
    }

    private Optional<String> text(String field, boolean required) {
        return value(field, required).flatMap(v -> {
            if (!v.isTextual()) {
                error(field, ReaderMessages.notString());
                return Optional.empty();
            }
            return Optional.of(v.textValue());
        });
    }

    /** @return the field's boolean, or {@code otherwise} when absent or invalid (an error is then recorded) */
    public boolean optionalBoolean(String field, boolean otherwise) {
        return bool(field, false).orElse(otherwise);
    }

    private Optional<Boolean> bool(String field, boolean required) {
        return value(field, required).flatMap(v -> {
            if (!v.isBoolean()) {
                error(field, ReaderMessages.notBoolean());
                return Optional.empty();
            }
            return Optional.of(v.booleanValue());
        });
    }

    /** @return the constant named by the field; empty (with an error naming the allowed values) otherwise */
    public <E extends Enum<E>> Optional<E> requiredEnum(String field, Class<E> type) {
        return enumeration(field, type, true);
    }

    /** @return the constant named by the field; empty when absent, or (with an error) unknown */
    public <E extends Enum<E>> Optional<E> optionalEnum(String field, Class<E> type) {
        return enumeration(field, type, false);
    }

    private <E extends Enum<E>> Optional<E> enumeration(String field, Class<E> type, boolean required) {
        return text(field, required).flatMap(s -> {
            E constant = constant(type, s);
            if (constant == null) {
                error(field, unknownConstant(type, s));
            }
            return Optional.ofNullable(constant);
        });
    }

    /** @return the constant of {@code type} named exactly {@code name}; null when there is none */
    static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return type.cast(CONSTANTS.get(type).get(name));
    }

    /** @return the message for a name that is no constant of {@code type}, listing the allowed ones */
    static String unknownConstant(Class<? extends Enum<?>> type, String name) {
        return ReaderMessages.unknownValue(name, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /**
     * Reads a date written exactly {@code yyyy-MM-dd} with ASCII digits: what {@link LocalDate#parse} accepts of
     * such text, without what it would also take, such as {@code +12025-01-01}.
     *
     * @return the date; null when the text is not of that form or names a day that does not exist (2025-02-30)
     */
    static LocalDate isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // a day that does not exist, such as 2025-02-30, or month 13
        }
    }

    /** @return the number the ASCII digits {@code s[from, to)} write; -1 when one is not a digit */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * @return the non-blank strings of an optional array field; other elements are reported
     *         ({@code reasons[1]}) and left out
     */
    public List<String> optionalTexts(String field) {
        List<String> texts = new ArrayList<>();
        forEachElement(field, (element, at) -> {
            if (!element.isTextual()) {
                errors.add(new FieldError(at, ReaderMessages.notString()));
            } else if (element.textValue().isBlank()) {
                errors.add(new FieldError(at, ReaderMessages.blank()));
            } else {
                texts.add(element.textValue());
            }
        });
        return texts;
    }

    /** Calls {@code action} with each element of an optional array field and the element's path. */
    private void forEachElement(String field, BiConsumer<JsonNode, String> action) {
        Optional<JsonNode> array = value(field, false);
        if (array.isEmpty()) {
            return;
        }
        if (!array.get().isArray()) {
            error(field, ReaderMessages.notArray());
            return;
        }
        for (int i = 0; i < array.get().size(); i++) {
            action.accept(array.get().get(i), pathOf(field) + "[" + i + "]");
        }
    }

    /** Reports every field of the object that no accessor asked for (typos must not pass silently). */
    public void rejectUnknownFields() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                error(name, ReaderMessages.unknownField());
            }
        }
    }
}
