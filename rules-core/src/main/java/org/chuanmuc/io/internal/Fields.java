package org.chuanmuc.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.chuanmuc.io.FieldError;

/**
 * Typed, checked access to the fields of one JSON object. Every accessor records a {@link FieldError}
 * with the field's JSON path when the value is missing (for required fields) or of the wrong type or
 * range, and returns empty; so a caller reads every field and gets every error of the record, not only
 * the first. {@link #rejectUnknownFields()} then reports fields no accessor asked for.
 */
public final class Fields {
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

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

    /**
     * @param blankMessage the error recorded when the string is blank
     * @return the field's non-blank string; empty when absent, or (with an error) not a string or blank
     */
    public Optional<String> optionalNonBlankText(String field, String blankMessage) {
        return text(field, false).filter(s -> {
            if (s.isBlank()) {
                error(field, blankMessage);
                return false;
            }
            return true;
        });
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

    /** @return the field's boolean; empty (with an error) when missing or not a boolean */
    public Optional<Boolean> requiredBoolean(String field) {
        return bool(field, true);
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

    /**
     * @return the field's integer within {@code [min, max]} (12.0 counts as an integer, as in JSON Schema);
     *         empty (with an error) when missing or invalid
     */
    public Optional<Integer> requiredInt(String field, int min, int max) {
        return value(field, true).flatMap(v -> {
            if (!v.isNumber() || !v.canConvertToExactIntegral()) {
                error(field, ReaderMessages.notInteger());
                return Optional.empty();
            }
            boolean fits = v.canConvertToInt();
            if (fits && v.intValue() >= min && v.intValue() <= max) {
                return Optional.of(v.intValue());
            }
            String shown = v.bigIntegerValue().toString();
            boolean tooSmall = fits ? v.intValue() < min : v.bigIntegerValue().signum() < 0;
            error(field, tooSmall && max == Integer.MAX_VALUE
                    ? ReaderMessages.belowMinimum(Integer.toString(min), shown)
                    : ReaderMessages.outOfRange(Integer.toString(min), Integer.toString(max), shown));
            return Optional.empty();
        });
    }

    /** @return the field's number in {@code [min, max]}; empty (with an error) when missing or invalid */
    public Optional<Double> requiredNumber(String field, double min, double max) {
        return number(field, true, min, max);
    }

    /** @return the field's number in {@code [min, max]}; empty when absent, or (with an error) invalid */
    public Optional<Double> optionalNumber(String field, double min, double max) {
        return number(field, false, min, max);
    }

    private Optional<Double> number(String field, boolean required, double min, double max) {
        return value(field, required).flatMap(v -> {
            if (!v.isNumber()) {
                error(field, ReaderMessages.notNumber());
                return Optional.empty();
            }
            double d = v.doubleValue();
            if (d < min || d > max) {
                error(field, ReaderMessages.outOfRange(plain(min), plain(max), v.asText()));
                return Optional.empty();
            }
            return Optional.of(d);
        });
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
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
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(s)) {
                    return Optional.of(constant);
                }
            }
            error(field, ReaderMessages.unknownValue(s,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return Optional.empty();
        });
    }

    /** @return the field's ISO date {@code yyyy-MM-dd}; empty (with an error) when missing or invalid */
    public Optional<LocalDate> requiredDate(String field) {
        return date(field, true);
    }

    /** @return the field's ISO date; empty when absent, or (with an error) invalid */
    public Optional<LocalDate> optionalDate(String field) {
        return date(field, false);
    }

    private Optional<LocalDate> date(String field, boolean required) {
        return text(field, required).flatMap(s -> {
            // the pattern keeps out what LocalDate.parse would also take, such as "+12025-01-01"
            if (ISO_DATE.matcher(s).matches()) {
                try {
                    return Optional.of(LocalDate.parse(s));
                } catch (DateTimeParseException e) {
                    // falls through to the error: a day that does not exist, such as 2025-02-30
                }
            }
            error(field, ReaderMessages.notDate(s));
            return Optional.empty();
        });
    }

    /** @return the fields of a nested object; empty (with an error) when missing or not an object */
    public Optional<Fields> requiredObject(String field) {
        return object(field, true);
    }

    /** @return the fields of a nested object; empty when absent, or (with an error) not an object */
    public Optional<Fields> optionalObject(String field) {
        return object(field, false);
    }

    private Optional<Fields> object(String field, boolean required) {
        return value(field, required).flatMap(v -> of(v, pathOf(field), errors));
    }

    /**
     * @return the object elements of an optional array field, each with its own path
     *         ({@code signs[2]}); elements that are not objects are reported and left out
     */
    public List<Fields> optionalObjects(String field) {
        List<Fields> elements = new ArrayList<>();
        forEachElement(field, (element, at) -> of(element, at, errors).ifPresent(elements::add));
        return elements;
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
