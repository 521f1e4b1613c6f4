package org.chuanmuc.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * The layout of the results JSON: every entry and array value on a line of its own, indented by two spaces a
 * level, {@code "name": value}, empty arrays and objects as {@code [ ]} and {@code { }}. These are the bytes that
 * Jackson's {@code DefaultPrettyPrinter} writes with {@code DefaultIndenter("  ", "\n")} for objects and
 * arrays and a space after the colon, but each line start (a comma, the line end and the indentation) is copied
 * from bytes made once per depth, where the default printer encodes them from characters at every line: a
 * result has about thirty lines.
 *
 * <p>Holds the current depth: one instance per generator. Not thread-safe.
 */
final class TwoSpacePrettyPrinter implements PrettyPrinter {
    /** Depths with their line starts made in advance; deeper ones are built when needed. */
    private static final int PREPARED = 16;
    private static final SerializableString[] LINES = new SerializableString[PREPARED];
    private static final SerializableString[] NEXT_LINES = new SerializableString[PREPARED];
    private static final SerializableString COLON = new SerializedString(": ");
    private static final SerializableString ROOT_SEPARATOR = new SerializedString(" ");

    static {
        for (int depth = 0; depth < PREPARED; depth++) {
            LINES[depth] = new SerializedString(lineStart(depth));
            NEXT_LINES[depth] = new SerializedString("," + lineStart(depth));
        }
    }

    private int depth;

    private static String lineStart(int depth) {
        return "\n" + "  ".repeat(depth);
    }

    private void newLine(JsonGenerator g) throws IOException {
        g.writeRaw(depth < PREPARED ? LINES[depth] : new SerializedString(lineStart(depth)));
    }

    private void nextLine(JsonGenerator g) throws IOException {
        g.writeRaw(depth < PREPARED ? NEXT_LINES[depth] : new SerializedString("," + lineStart(depth)));
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(ROOT_SEPARATOR);
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(COLON);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        nextLine(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        depth--;
        if (entries > 0) {
            newLine(g);
        } else {
            g.writeRaw(' ');
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        depth++;
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        nextLine(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        depth--;
        if (values > 0) {
            newLine(g);
        } else {
            g.writeRaw(' ');
        }
        g.writeRaw(']');
    }
}
