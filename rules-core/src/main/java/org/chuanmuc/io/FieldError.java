package org.chuanmuc.io;

import java.util.Objects;

/**
 * One problem in one field of an input record.
 *
 * @param path    JSON path of the field, e.g. {@code officers[1].tasks.completed}
 * @param message what was expected, in Vietnamese (with an English gloss where useful)
 */
public record FieldError(String path, String message) {
    public FieldError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
