package org.chuanmuc.io.internal;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Arrays;

/**
 * The fields the format defines for one kind of object of a record (an officer record itself, its {@code tasks},
 * {@code scores}, an element of {@code signs} …, or a unit) and the JSON type each normally holds.
 * {@link RawObject} reads a value of that type straight from the tokens and keeps anything else as a small
 * JSON tree, or a stand-in of its type, for the checks to report; a field not listed here is an unknown field.
 */
final class RecordShape {
    /** The JSON type a field normally holds. */
    enum Kind { TEXT, BOOLEAN, INT, NUMBER, OBJECT, ARRAY }

    static final RecordShape TASKS = new RecordShape(
            int_("assigned"), int_("completed"), int_("onTime"), int_("highQuality"));
    static final RecordShape SCORES = new RecordShape(number("general"), number("tasks"));
    static final RecordShape SIGN = new RecordShape(
            text("code"), bool("verified"), text("date"), text("evidence"));
    static final RecordShape DISCIPLINE = new RecordShape(
            text("form"), text("system"), text("decidedOn"), text("decision"), bool("relatedToDuties"));
    static final RecordShape STYLE = new RecordShape(text("criterion"), bool("met"));
    static final RecordShape FEEDBACK = new RecordShape(
            text("date"), text("kind"), text("criterion"), bool("verified"));
    static final RecordShape HISTORY = new RecordShape(int_("year"), text("rating"));
    static final RecordShape OFFICER = new RecordShape(
            text("id"), text("name"), text("unitId"), text("group"), text("role"), bool("partyMember"),
            int_("monthsWorked"), new Field("tasks", Kind.OBJECT, TASKS), new Field("scores", Kind.OBJECT, SCORES),
            new Field("signs", Kind.ARRAY, SIGN), new Field("disciplines", Kind.ARRAY, DISCIPLINE),
            new Field("styleEvaluations", Kind.ARRAY, STYLE), new Field("citizenFeedback", Kind.ARRAY, FEEDBACK),
            new Field("history", Kind.ARRAY, HISTORY));

    static final RecordShape UNIT = new RecordShape(text("id"), text("name"), text("rating"), bool("outstanding"));

    /** @param nested the shape of the object, or of each element of the array; null for other kinds */
    private record Field(String name, Kind kind, RecordShape nested) {
    }

    private final String[] names;
    private final SerializedString[] quoted;
    private final Field[] fields;

    private RecordShape(Field... fields) {
        if (fields.length > Integer.SIZE) {
            throw new IllegalArgumentException("at most 32 fields: RecordFields tracks them in an int");
        }
        this.fields = fields;
        this.names = Arrays.stream(fields).map(Field::name).toArray(String[]::new);
        this.quoted = Arrays.stream(names).map(SerializedString::new).toArray(SerializedString[]::new);
    }

    private static Field text(String name) {
        return new Field(name, Kind.TEXT, null);
    }

    private static Field bool(String name) {
        return new Field(name, Kind.BOOLEAN, null);
    }

    private static Field int_(String name) {
        return new Field(name, Kind.INT, null);
    }

    private static Field number(String name) {
        return new Field(name, Kind.NUMBER, null);
    }

    /** @return how many fields the format defines here */
    int size() {
        return names.length;
    }

    /**
     * @param name a field name as read (Jackson interns names, so the usual case is the same string instance)
     * @param hint the slot to try first: fields mostly come in the documented order
     * @return the field's slot; -1 for a field the format does not define
     */
    int slot(String name, int hint) {
        if (hint < names.length && names[hint] == name) {
            return hint;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return the name of the field in {@code slot}, for {@link com.fasterxml.jackson.core.JsonParser#nextFieldName(
     *         com.fasterxml.jackson.core.SerializableString)}, which matches an expected name on its bytes
     */
    SerializedString quoted(int slot) {
        return quoted[slot];
    }

    /** @return the name of the field in {@code slot} */
    String name(int slot) {
        return names[slot];
    }

    /** @return what the field in {@code slot} normally holds */
    Kind kind(int slot) {
        return fields[slot].kind();
    }

    /** @return the shape of the object, or each array element, the field in {@code slot} holds */
    RecordShape nested(int slot) {
        return fields[slot].nested();
    }
}
