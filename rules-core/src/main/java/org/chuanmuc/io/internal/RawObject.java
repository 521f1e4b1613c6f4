package org.chuanmuc.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON object of a record (an officer or a unit), read straight from the parser's tokens into one slot per field
 * its {@link RecordShape} defines, without a JSON tree for the whole record. A slot holds, when the value has the
 * type the format expects: a {@code String}, a {@code Boolean}, an {@code Integer} (a JSON integer that fits an
 * int), a {@code Double} (a JSON number with a fraction or exponent, read as Jackson's tree reads it), a nested
 * {@code RawObject}, or a {@code List} of elements (each a {@code RawObject} or another value). Any other number,
 * a boolean or null is kept as the {@link JsonNode} Jackson's tree would hold, so that the checks report exactly what
 * they report for a tree. A string, array or object of the wrong type is stepped over without being read (the
 * parser does not even decode the string): a shared empty node of its type stands for it, since the checks only
 * report its type. An empty slot means the field was absent.
 *
 * <p>Values over a per-record {@link ReadLimits} limit are kept as {@link Oversized}, the error to report in their
 * place: a number or a string too long, a value nested too deep. A field name too long is listed, with the error of
 * a deep value of an unknown field, in {@link #problems()}. The values of unknown fields are stepped over too.
 *
 * <p>Malformed JSON fails at the token where Jackson's tree reader would fail. A field given twice keeps its last
 * value, in the slot of its name, as a tree does, and is listed in {@link #repeated()}: the validator refuses the
 * record, so that the first value (a sign, a month count) is never dropped without a word.
 */
final class RawObject {
    private static final ObjectMapper TREES = new ObjectMapper();
    /** The depth of a record (officer or unit) in the file: the root object is 1, {@code officers} 2. */
    private static final int RECORD_DEPTH = 3;
    /** Stand for a value of the wrong type that was stepped over; never changed, never handed out. */
    private static final ObjectNode SKIPPED_OBJECT = JsonNodeFactory.instance.objectNode();
    private static final ArrayNode SKIPPED_ARRAY = JsonNodeFactory.instance.arrayNode();
    private static final TextNode SKIPPED_STRING = TextNode.valueOf("");

    private final RecordShape shape;
    private final Object[] values;
    private List<String> unknown = List.of();
    private List<String> repeated = List.of();
    private List<Problem> problems = List.of();
    /** The first field given twice, known or unknown, and where its second value ends; null when there is none. */
    private String firstRepeated;
    private JsonLocation firstRepeatedAt;
    /** A number written where text belongs (an id 1.50), as written, by slot; null when there is none. */
    private String[] numbersAsWritten;

    /**
     * An error of this object that no slot holds.
     *
     * @param field   the unknown field it is on; null for the object itself (a field name too long to be a path)
     * @param message the error
     */
    record Problem(String field, String message) {
    }

    private RawObject(RecordShape shape) {
        this.shape = shape;
        this.values = new Object[shape.size()];
    }

    /**
     * Reads the value at the parser's current token, an officer record.
     *
     * @param token the current token (not null)
     * @return a {@code RawObject} for an object; for anything else what a slot would hold for it
     */
    static Object readRecord(JsonParser parser, JsonToken token) throws IOException {
        return readRecord(parser, token, RecordShape.OFFICER);
    }

    /**
     * Reads the value at the parser's current token, a record of {@code officers} or {@code units}.
     *
     * @param token the current token (not null)
     * @param shape the fields of the record
     * @return a {@code RawObject} for an object; for anything else what a slot would hold for it
     */
    static Object readRecord(JsonParser parser, JsonToken token, RecordShape shape) throws IOException {
        return token == JsonToken.START_OBJECT ? read(parser, shape, RECORD_DEPTH) : other(parser, token, RECORD_DEPTH);
    }

    /**
     * Reads the object whose {@code START_OBJECT} is the parser's current token, up to its {@code END_OBJECT}.
     *
     * @param depth the object's depth in the file (the root object is 1)
     */
    private static RawObject read(JsonParser parser, RecordShape shape, int depth) throws IOException {
        RawObject object = new RawObject(shape);
        int hint = 0; // the slot of the field expected next: fields mostly come in the documented order
        while (true) {
            int slot;
            String name;
            if (hint < shape.size() && parser.nextFieldName(shape.quoted(hint))) {
                slot = hint; // matched on the bytes, without looking the name up
                name = shape.name(slot);
            } else if (hint < shape.size() ? parser.currentToken() == JsonToken.FIELD_NAME
                    : parser.nextFieldName() != null) {
                name = parser.currentName();
                slot = shape.slot(name, hint);
            } else {
                break; // the object's end
            }
            JsonToken token = parser.nextToken();
            if (slot < 0) {
                object.unknownField(parser, token, name, depth + 1);
            } else {
                boolean again = object.values[slot] != null;
                if (again) {
                    object.repeated = addOnce(object.repeated, name);
                }
                if (shape.kind(slot) == RecordShape.Kind.TEXT && token != null && token.isNumeric()
                        && parser.getTextLength() <= ReadLimits.MAX_NUMBER_LENGTH) {
                    object.numberAsWritten(slot, parser.getText()); // the tree would show 1.50 as 1.5, 1e2 as 100.0
                }
                object.values[slot] = value(parser, token, shape, slot, depth + 1);
                if (again) {
                    object.repeatedAt(name, parser);
                }
                hint = slot + 1;
            }
        }
        return object;
    }

    /**
     * Steps over the value of a field the shape does not define, and notes the field: as unknown (a tree lists a
     * name given twice once), or, when its name is too long to show in a path, as a problem of the object.
     */
    private void unknownField(JsonParser parser, JsonToken token, String name, int depth) throws IOException {
        Object skipped = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
                ? other(parser, token, depth) : null; // a scalar is stepped over by the next token
        String shown = name; // in the path of an error of its value; null: the object's path
        if (name.length() > ReadLimits.MAX_NAME_LENGTH) {
            problems = add(problems, new Problem(null, ReaderMessages.fieldNameTooLong(name,
                    ReadLimits.MAX_NAME_LENGTH)));
            shown = null;
        } else if (unknown.contains(name)) {
            repeatedAt(name, parser);
        } else {
            unknown = add(unknown, name);
        }
        if (skipped instanceof Oversized tooDeep) {
            problems = add(problems, new Problem(shown, tooDeep.message()));
        }
    }

    /** Notes the first field given twice, at the end of its second value (where a tree reader reports it). */
    private void repeatedAt(String name, JsonParser parser) {
        if (firstRepeated == null) {
            firstRepeated = name;
            firstRepeatedAt = parser.currentTokenLocation();
        }
    }

    /** @param depth the value's depth in the file, were it an array or an object */
    private static Object value(JsonParser parser, JsonToken token, RecordShape shape, int slot, int depth)
            throws IOException {
        switch (shape.kind(slot)) {
            case TEXT -> {
                if (token == JsonToken.VALUE_STRING) {
                    String text = parser.getText();
                    return text.length() <= ReadLimits.MAX_TEXT_LENGTH ? text
                            : new Oversized(ReaderMessages.textTooLong(text.length(), ReadLimits.MAX_TEXT_LENGTH));
                }
            }
            case BOOLEAN -> {
                if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                    return token == JsonToken.VALUE_TRUE;
                }
            }
            case INT -> {
                if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                    return parser.getIntValue();
                }
            }
            case NUMBER -> {
                if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                    return parser.getIntValue();
                }
                if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                    // what the tree makes a DoubleNode of (a FLOAT32 or BIG_DECIMAL value comes only from a tree)
                    JsonParser.NumberTypeFP type = parser.getNumberTypeFP();
                    if (type != JsonParser.NumberTypeFP.BIG_DECIMAL && type != JsonParser.NumberTypeFP.FLOAT32
                            && parser.getTextLength() <= ReadLimits.MAX_NUMBER_LENGTH) {
                        return parser.getDoubleValue();
                    }
                }
            }
            case OBJECT -> {
                if (token == JsonToken.START_OBJECT) {
                    return read(parser, shape.nested(slot), depth);
                }
            }
            case ARRAY -> {
                if (token == JsonToken.START_ARRAY) {
                    return elements(parser, shape.nested(slot), depth);
                }
            }
        }
        return other(parser, token, depth);
    }

    /** @param depth the array's depth in the file */
    private static List<Object> elements(JsonParser parser, RecordShape shape, int depth) throws IOException {
        List<Object> elements = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) { // a parser over text fails before this; only a broken custom parser gets here
                throw endOfInput(parser);
            }
            elements.add(token == JsonToken.START_OBJECT ? read(parser, shape, depth + 1)
                    : other(parser, token, depth + 1));
        }
        return elements;
    }

    /**
     * The value at the current token when it is not of the type its place expects: an array, object or string is
     * stepped over (only its type is reported), a number, boolean or null read as a tree holds it.
     *
     * @param depth the value's depth in the file, were it an array or an object
     * @return a shared empty node, a tree, or {@link Oversized} for a number too long or a value nested too deep
     */
    private static Object other(JsonParser parser, JsonToken token, int depth) throws IOException {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            int deepest = skip(parser, depth);
            if (deepest > ReadLimits.MAX_DEPTH) {
                return new Oversized(ReaderMessages.nestedTooDeep(deepest, ReadLimits.MAX_DEPTH));
            }
            return token == JsonToken.START_OBJECT ? SKIPPED_OBJECT : SKIPPED_ARRAY;
        }
        if (token == JsonToken.VALUE_STRING) {
            return SKIPPED_STRING; // the parser steps over it undecoded, however long, at the next token
        }
        String tooLong = ReadLimits.numberTooLong(token, parser);
        return tooLong != null ? new Oversized(tooLong) : TREES.readTree(parser);
    }

    /**
     * Steps over the array or object whose start is the current token, up to its end, without recursion and without
     * keeping anything.
     *
     * @param depth the depth of the array or object in the file
     * @return the depth of the deepest array or object in it (at least {@code depth})
     */
    private static int skip(JsonParser parser, int depth) throws IOException {
        int open = 1;
        int deepest = depth;
        while (open > 0) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw endOfInput(parser);
            }
            if (token.isStructStart()) {
                open++;
                deepest = Math.max(deepest, depth + open - 1);
            } else if (token.isStructEnd()) {
                open--;
            }
        }
        return deepest;
    }

    private static JsonParseException endOfInput(JsonParser parser) {
        return new JsonParseException(parser, "Unexpected end-of-input: expected close marker for Array");
    }

    private void numberAsWritten(int slot, String text) {
        if (numbersAsWritten == null) {
            numbersAsWritten = new String[shape.size()];
        }
        numbersAsWritten[slot] = text;
    }

    /** @return {@code names} with {@code name} added unless it is there; a new list in place of the shared empty one */
    private static List<String> addOnce(List<String> names, String name) {
        return names.contains(name) ? names : add(names, name);
    }

    /** @return {@code list} with {@code element} added; a new list in place of the shared empty one */
    private static <T> List<T> add(List<T> list, T element) {
        List<T> to = list.isEmpty() ? new ArrayList<>(2) : list;
        to.add(element);
        return to;
    }

    /** @return the names of the shape's fields given more than once, once each, in order of their second appearance */
    List<String> repeated() {
        return repeated;
    }

    /** @return the fields this object has */
    RecordShape shape() {
        return shape;
    }

    /** @return the value in {@code slot}; null when the field was absent */
    Object value(int slot) {
        return values[slot];
    }

    /** @return the names of the fields the shape does not define, once each, in order of first appearance */
    List<String> unknown() {
        return unknown;
    }

    /** @return errors of unknown fields (a value nested too deep) and of the object (a field name too long) */
    List<Problem> problems() {
        return problems;
    }

    /** @return the first field, known or unknown, given a second time; null when none was */
    String firstRepeated() {
        return firstRepeated;
    }

    /** @return where the second value of {@link #firstRepeated()} ends */
    JsonLocation firstRepeatedAt() {
        return firstRepeatedAt;
    }

    /**
     * @param record what {@link #readRecord} returned
     * @return a field of the record as it was written: a string's value, a number's or a boolean's JSON text
     *         ({@code 123} for {@code "id": 123}, which the record is rejected for); "" when the record is no object,
     *         or the field is absent, null, an object or an array, or over a limit ({@link Oversized})
     */
    static String textOf(Object record, String field) {
        if (record instanceof RawObject object) {
            int slot = object.shape.slot(field, 0);
            Object value = slot < 0 ? null : object.values[slot];
            if (value instanceof JsonNode node && node.isNumber() && object.numbersAsWritten != null
                    && object.numbersAsWritten[slot] != null) {
                return object.numbersAsWritten[slot];
            }
            if (value instanceof String text) {
                return text;
            }
            if (value instanceof JsonNode node && node.isValueNode() && !node.isNull()) {
                return node.asText();
            }
        }
        return "";
    }
}
