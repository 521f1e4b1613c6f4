package org.chuanmuc.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.chuanmuc.io.FieldError;

/**
 * Typed, checked access to the fields of one object of a record (an officer or a unit) read by {@link RawObject}: the
 * counterpart of {@link Fields} without a JSON tree, with the same errors, paths and messages. Every accessor
 * records a {@link FieldError} when the value is missing (for required fields), of the wrong type or range, or over
 * a {@link ReadLimits} limit ({@link Oversized}), and returns null; so a caller reads every field and gets every
 * error of the record. A value of the expected type is checked here; any other goes through the same check as in
 * {@link Fields}. The path of the object is only written out when an error needs it.
 */
final class RecordFields {
    private final RawObject object;
    private final RecordFields parent;
    private final String field;
    private final int index;
    private final List<FieldError> errors;
    private String path;
    private int asked;
    private int next;

    private RecordFields(RawObject object, RecordFields parent, String field, int index, List<FieldError> errors) {
        this.object = object;
        this.parent = parent;
        this.field = field;
        this.index = index;
        this.errors = errors;
    }

    /** @return the fields of {@code officers[index]} */
    static RecordFields officer(RawObject record, int index, List<FieldError> errors) {
        return new RecordFields(record, null, "officers", index, errors);
    }

    /** @return the fields of {@code units[index]} */
    static RecordFields unit(RawObject record, int index, List<FieldError> errors) {
        return new RecordFields(record, null, "units", index, errors);
    }

    /**
     * The error for a record that is not an object, at its path ({@code officers[3]}).
     *
     * @param record what {@link RawObject#readRecord} returned, not a {@code RawObject}
     */
    static FieldError notObject(String array, int index, Object record) {
        return new FieldError(array + "[" + index + "]",
                record instanceof Oversized big ? big.message() : ReaderMessages.notObject());
    }

    /** @return the path of this object, e.g. {@code officers[3].signs[0]} */
    String path() {
        if (path == null) {
            String of = parent == null ? field : parent.pathOf(field);
            path = index < 0 ? of : of + "[" + index + "]";
        }
        return path;
    }

    /** @return the path of a field of this object */
    String pathOf(String name) {
        return path() + "." + name;
    }

    /** Records an error on a field of this object. */
    void error(String name, String message) {
        errors.add(new FieldError(pathOf(name), message));
    }

    /**
     * Records the error of a value over a limit, which stands for the value: its type is not judged.
     *
     * @return true when {@code value} is over a limit
     */
    private boolean oversized(String name, Object value) {
        if (value instanceof Oversized big) {
            error(name, big.message());
            return true;
        }
        return false;
    }

    private Object value(String name, boolean required) {
        int slot = object.shape().slot(name, next); // asked for in the shape's order, so mostly a hit
        next = slot + 1;
        if (slot < 0) {
            throw new IllegalArgumentException("the shape has no field " + name);
        }
        asked |= 1 << slot;
        Object value = object.value(slot);
        if (value == null && required) {
            error(name, ReaderMessages.required());
        }
        return value;
    }

    /** @return the field's non-blank string; null (with an error) when missing, not a string or blank */
    String requiredText(String name) {
        return nonBlank(name, text(name, true), ReaderMessages.blank());
    }

    /** @return the field's string; null when absent, or (with an error) not a string */
    String optionalText(String name) {
        return text(name, false);
    }

    /**
     * @param blankMessage the error recorded when the string is blank
     * @return the field's non-blank string; null when absent, or (with an error) not a string or blank
     */
    String optionalNonBlankText(String name, String blankMessage) {
        return nonBlank(name, text(name, false), blankMessage);
    }

    private String nonBlank(String name, String text, String blankMessage) {
        if (text != null && text.isBlank()) {
            error(name, blankMessage);
            return null;
        }
        return text;
    }

    private String text(String name, boolean required) {
        Object value = value(name, required);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (oversized(name, value)) {
            return null;
        }
        JsonNode node = (JsonNode) value;
        if (!node.isTextual()) {
            error(name, ReaderMessages.notString());
            return null;
        }
        return node.textValue();
    }

    /** @return the field's boolean; null (with an error) when missing or not a boolean */
    Boolean requiredBoolean(String name) {
        return bool(name, true);
    }

    /** @return the field's boolean, or {@code otherwise} when absent or invalid (an error is then recorded) */
    boolean optionalBoolean(String name, boolean otherwise) {
        Boolean value = bool(name, false);
        return value == null ? otherwise : value;
    }

    private Boolean bool(String name, boolean required) {
        Object value = value(name, required);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        if (oversized(name, value)) {
            return null;
        }
        JsonNode node = (JsonNode) value;
        if (!node.isBoolean()) {
            error(name, ReaderMessages.notBoolean());
            return null;
        }
        return node.booleanValue();
    }

    /** @return the field's integer within {@code [min, max]}; null (with an error) when missing or invalid */
    Integer requiredInt(String name, int min, int max) {
        Object value = value(name, true);
        if (value == null) {
            return null;
        }
        JsonNode node;
        if (value instanceof Integer i) {
            if (i >= min && i <= max) {
                return i;
            }
            node = IntNode.valueOf(i); // the error as the tree's node for the same number gets it
        } else if (oversized(name, value)) {
            return null;
        } else {
            node = (JsonNode) value;
        }
        return intOf(node, min, max, message -> error(name, message)).orElse(null);
    }

    /** @return the field's number in {@code [min, max]}; null (with an error) when missing or invalid */
    Double requiredNumber(String name, double min, double max) {
        return number(name, true, min, max);
    }

    /** @return the field's number in {@code [min, max]}; null when absent, or (with an error) invalid */
    Double optionalNumber(String name, double min, double max) {
        return number(name, false, min, max);
    }

    private Double number(String name, boolean required, double min, double max) {
        Object value = value(name, required);
        if (value == null) {
            return null;
        }
        JsonNode node;
        if (value instanceof Integer i) {
            double d = i;
            if (!(d < min || d > max)) {
                return d;
            }
            node = IntNode.valueOf(i);
        } else if (value instanceof Double d) {
            if (!(d < min || d > max)) {
                return d;
            }
            node = DoubleNode.valueOf(d);
        } else if (oversized(name, value)) {
            return null;
        } else {
            node = (JsonNode) value;
        }
        return numberOf(node, min, max, message -> error(name, message)).orElse(null);
    }

    /**
     * The check of an integer field's value when it is not a plain int in range: the tree reader's messages.
     *
     * @param error receives the message when the value is not an integer within {@code [min, max]}
     * @return the value, or empty after an error
     */
    private static Optional<Integer> intOf(JsonNode v, int min, int max, Consumer<String> error) {
        if (!v.isNumber() || !v.canConvertToExactIntegral()) {
            error.accept(ReaderMessages.notInteger());
            return Optional.empty();
        }
        boolean fits = v.canConvertToInt();
        if (fits && v.intValue() >= min && v.intValue() <= max) {
            return Optional.of(v.intValue());
        }
        String shown = v.bigIntegerValue().toString();
        boolean tooSmall = fits ? v.intValue() < min : v.bigIntegerValue().signum() < 0;
        error.accept(tooSmall && max == Integer.MAX_VALUE
                ? ReaderMessages.belowMinimum(Integer.toString(min), shown)
                : ReaderMessages.outOfRange(Integer.toString(min), Integer.toString(max), shown));
        return Optional.empty();
    }

    /**
     * The check of a number field's value when it is not a plain number in range: the tree reader's messages.
     *
     * @param error receives the message when the value is not a number within {@code [min, max]}
     * @return the value, or empty after an error
     */
    private static Optional<Double> numberOf(JsonNode v, double min, double max, Consumer<String> error) {
        if (!v.isNumber()) {
            error.accept(ReaderMessages.notNumber());
            return Optional.empty();
        }
        double d = v.doubleValue();
        if (d < min || d > max) {
            error.accept(ReaderMessages.outOfRange(plain(min), plain(max), v.asText()));
            return Optional.empty();
        }
        return Optional.of(d);
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** @return the constant named by the field; null (with an error naming the allowed values) otherwise */
    <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        return enumOf(name, type, true);
    }

    /** @return the constant named by the field; null when absent, or (with an error naming the allowed values) not one */
    <E extends Enum<E>> E optionalEnum(String name, Class<E> type) {
        return enumOf(name, type, false);
    }

    private <E extends Enum<E>> E enumOf(String name, Class<E> type, boolean required) {
        String text = text(name, required);
        if (text == null) {
            return null;
        }
        E constant = Fields.constant(type, text);
        if (constant == null) {
            error(name, Fields.unknownConstant(type, text));
        }
        return constant;
    }

    /** @return the field's ISO date {@code yyyy-MM-dd}; null (with an error) when missing or invalid */
    LocalDate requiredDate(String name) {
        return date(name, true);
    }

    /** @return the field's ISO date; null when absent, or (with an error) invalid */
    LocalDate optionalDate(String name) {
        return date(name, false);
    }

    private LocalDate date(String name, boolean required) {
        String text = text(name, required);
        if (text == null) {
            return null;
        }
        LocalDate date = Fields.isoDate(text);
        if (date == null) {
            error(name, ReaderMessages.notDate(text));
        }
        return date;
    }

    /** @return the fields of a nested object; null (with an error) when missing or not an object */
    RecordFields requiredObject(String name) {
        return object(name, true);
    }

    /** @return the fields of a nested object; null when absent, or (with an error) not an object */
    RecordFields optionalObject(String name) {
        return object(name, false);
    }

    private RecordFields object(String name, boolean required) {
        Object value = value(name, required);
        if (value == null) {
            return null;
        }
        if (value instanceof RawObject nested) {
            return new RecordFields(nested, this, name, -1, errors);
        }
        if (oversized(name, value)) {
            return null;
        }
        error(name, ReaderMessages.notObject()); // an object is always read into a RawObject
        return null;
    }

    /**
     * @return the object elements of an optional array field, each with its own path ({@code signs[2]});
     *         elements that are not objects are reported, all before any element is checked, and left out
     */
    List<RecordFields> optionalObjects(String name) {
        Object value = value(name, false);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            if (!oversized(name, value)) {
                error(name, ReaderMessages.notArray()); // an array is always read into a List
            }
            return List.of();
        }
        List<RecordFields> elements = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof RawObject element) {
                elements.add(new RecordFields(element, this, name, i, errors));
            } else {
                errors.add(notObject(pathOf(name), i, items.get(i)));
            }
        }
        return elements;
    }

    /**
     * Reports every field of the object that the format does not define (typos must not pass silently), once
     * each, in the order they first appear; then the limits their values or names are over; then the fields given
     * twice.
     *
     * @throws IllegalStateException when a field of the shape was never asked for: it would be neither checked nor
     *                               reported
     */
    void rejectUnknownFields() {
        int size = object.shape().size();
        int all = size == Integer.SIZE ? -1 : (1 << size) - 1;
        if (asked != all) {
            throw new IllegalStateException("fields of " + path() + " never checked: " + Integer.toBinaryString(
                    all & ~asked));
        }
        if (!object.unknown().isEmpty()) {
            for (String name : object.unknown()) {
                error(name, ReaderMessages.unknownField());
            }
        }
        if (!object.problems().isEmpty()) {
            for (RawObject.Problem problem : object.problems()) {
                errors.add(new FieldError(problem.field() == null ? path() : pathOf(problem.field()),
                        problem.message()));
            }
        }
        if (!object.repeated().isEmpty()) {
            for (String name : object.repeated()) {
                error(name, ReaderMessages.fieldGivenTwice());
            }
        }
    }
}
