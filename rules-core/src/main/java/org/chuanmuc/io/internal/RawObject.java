package org.chuanmuc.io.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON object of an officer record, read straight from the parser's tokens into one slot per field its
 * {@link RecordShape} defines, without a JSON tree for the whole record. A slot holds, when the value has the
 * type the format expects: a {@code String}, a {@code Boolean}, an {@code Integer} (a JSON integer that fits an
 * int), a {@code Double} (a JSON number with a fraction or exponent, read as Jackson's tree reads it), a nested
 * {@code RawObject}, or a {@code List} of elements (each a {@code RawObject} or a tree). Any other value (null, a
 * long, a string where a number belongs …) is kept as the {@link JsonNode} Jackson's tree would hold, so that
 * the checks report exactly what they report for a tree. An empty slot means the field was absent.
 *
 * <p>Every token is consumed with the same parser calls as {@code ObjectMapper.readTree} makes, so malformed
 * JSON fails at the same place with the same message. A field given twice keeps its last value, in the slot of
 * its name, as a tree does, and is listed in {@link #repeated()}: the validator refuses the record, so that the
 * first value (a sign, a month count) is never dropped without a word.
 */
final class RawObject {
    private static final ObjectMapper TREES = new ObjectMapper();

    private final RecordShape shape;
    private final Object[] values;
    private List<String> unknown = List.of();
    private List<String> repeated = List.of();
    /** A number written where text belongs (an id 1.50), as written, by slot; null when there is none. */
    private String[] numbersAsWritten;

    private RawObject(RecordShape shape) {
        this.shape = shape;
        this.values = new Object[shape.size()];
    }

    /**
     * Reads the value at the parser's current token, an officer record.
     *
     * @param token the current token (not null)
     * @return a {@code RawObject} for an object; the tree of anything else
     */
    static Object readRecord(JsonParser parser, JsonToken token) throws IOException {
        return token == JsonToken.START_OBJECT ? read(parser, RecordShape.OFFICER) : tree(parser);
    }

    /** Reads the object whose {@code START_OBJECT} is the parser's current token, up to its {@code END_OBJECT}. */
    private static RawObject read(JsonParser parser, RecordShape shape) throws IOException {
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
                object.unknown = addOnce(object.unknown, name); // a tree lists a name given twice once
                tree(parser); // read as a tree would (strings decoded, numbers parsed), then dropped
            } else {
                if (object.values[slot] != null) {
                    object.repeated = addOnce(object.repeated, name);
                }
                if (shape.kind(slot) == RecordShape.Kind.TEXT && token != null && token.isNumeric()) {
                    object.numberAsWritten(slot, parser.getText()); // the tree would show 1.50 as 1.5, 1e2 as 100.0
                }
                object.values[slot] = value(parser, token, shape, slot);
                hint = slot + 1;
            }
        }
        return object;
    }

    private static Object value(JsonParser parser, JsonToken token, RecordShape shape, int slot) throws IOException {
        switch (shape.kind(slot)) {
            case TEXT -> {
                if (token == JsonToken.VALUE_STRING) {
                    return parser.getText();
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
                    if (type != JsonParser.NumberTypeFP.BIG_DECIMAL && type != JsonParser.NumberTypeFP.FLOAT32) {
                        return parser.getDoubleValue();
                    }
                }
            }
            case OBJECT -> {
                if (token == JsonToken.START_OBJECT) {
                    return read(parser, shape.nested(slot));
                }
            }
            case ARRAY -> {
                if (token == JsonToken.START_ARRAY) {
                    return elements(parser, shape.nested(slot));
                }
            }
        }
        return tree(parser);
    }

    private static List<Object> elements(JsonParser parser, RecordShape shape) throws IOException {
        List<Object> elements = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) { // a parser over text fails before this; only a broken custom parser gets here
                throw new JsonParseException(parser, "Unexpected end-of-input: expected close marker for Array");
            }
            elements.add(token == JsonToken.START_OBJECT ? read(parser, shape) : tree(parser));
        }
        return elements;
    }

    /** @return the tree of the value at the current token, as {@code ObjectMapper.readTree} builds it */
    private static JsonNode tree(JsonParser parser) throws IOException {
        return TREES.readTree(parser);
    }

    private void numberAsWritten(int slot, String text) {
        if (numbersAsWritten == null) {
            numbersAsWritten = new String[shape.size()];
        }
        numbersAsWritten[slot] = text;
    }

    /** @return {@code names} with {@code name} added unless it is there; a new list in place of the shared empty one */
    private static List<String> addOnce(List<String> names, String name) {
        List<String> to = names.isEmpty() ? new ArrayList<>(2) : names;
        if (!to.contains(name)) {
            to.add(name);
        }
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

    /**
     * @param record what {@link #readRecord} returned
     * @return a field of the record as it was written: a string's value, a number's or a boolean's JSON text
     *         ({@code 123} for {@code "id": 123}, which the record is rejected for); "" when the record is no object,
     *         or the field is absent, null, an object or an array
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
