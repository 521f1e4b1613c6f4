package org.chuanmuc.io;

import java.util.List;
import java.util.Objects;

/**
 * An officer record that could not be assessed, with every error found in it.
 *
 * @param index     position of the record in the input's {@code officers} array (0-based)
 * @param officerId the record's {@code id}, or an empty string when it has none
 * @param errors    every problem found, never empty
 */
public record RejectedOfficer(int index, String officerId, List<FieldError> errors) {
    public RejectedOfficer {
        Objects.requireNonNull(officerId, "officerId");
        errors = List.copyOf(errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a rejected officer needs at least one error");
        }
    }
}
