package org.chuanmuc.cli.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/**
 * Lays out the dossier file so that a person can read it and line tools can work on it: each top-level
 * field on its own line and each unit or officer on its own line, everything inside a record compact.
 * A million officers then make a million lines instead of tens of millions.
 */
final class OneRecordPerLine extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (isRootObject(g.getOutputContext())) {
            g.writeRaw('\n');
        }
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        super.writeObjectEntrySeparator(g);
        if (isRootObject(g.getOutputContext())) {
            g.writeRaw('\n');
        }
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        if (isRootObject(g.getOutputContext())) {
            g.writeRaw('\n');
        }
        super.writeEndObject(g, nrOfEntries);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (isTopLevelArray(g.getOutputContext())) {
            g.writeRaw('\n');
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        super.writeArrayValueSeparator(g);
        if (isTopLevelArray(g.getOutputContext())) {
            g.writeRaw('\n');
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        if (nrOfValues > 0 && isTopLevelArray(g.getOutputContext())) {
            g.writeRaw('\n');
        }
        super.writeEndArray(g, nrOfValues);
    }

    private static boolean isRootObject(JsonStreamContext context) {
        return context.inObject() && context.getParent() != null && context.getParent().inRoot();
    }

    /** An array that is the value of a field of the root object, such as {@code officers}. */
    private static boolean isTopLevelArray(JsonStreamContext context) {
        return context.inArray() && context.getParent() != null && isRootObject(context.getParent());
    }
}
