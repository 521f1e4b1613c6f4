package org.chuanmuc.assess;

import java.util.Objects;

/**
 * One problem found in a rule source: by the compiler or by the rule guard.
 *
 * @param source  the rule source's name (file name or resource path)
 * @param line    1-based line, or 0 when the position is unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong, readable by policy staff
 */
public record Diagnostic(String source, int line, int column, String message) {

    /** @throws NullPointerException when source or message is null */
    public Diagnostic {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    /**
     * @return {@code source:line:column: message}, the form editors and the CLI use; an unknown position is left
     *         out ({@code source:line: message}, {@code source: message}) rather than written as zero
     */
    @Override
    public String toString() {
        // a message of several lines (a compiler's, quoting the rule) goes on indented, so that every line starting
        // at the margin is the start of a problem
        String text = message.strip().replaceAll("\\R", "\n    ");
        if (line <= 0) {
            return source + ": " + text;
        }
        return column <= 0 ? source + ":" + line + ": " + text : source + ":" + line + ":" + column + ": " + text;
    }
}
