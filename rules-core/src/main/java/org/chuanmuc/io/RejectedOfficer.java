package org.chuanmuc.io;

import java.util.List;
import java.util.Objects;

/**
 * An officer record that could not be assessed, with every error found in it.
 *
 * @param index     position of the record in the input's {@code officers} array (0-based)
 * @param officerId the record's {@code id}, or an empty string when it has none (or one over the reader's limits)
 * @param name      the record's {@code name} as written, or an empty string when it has none or one over the reader's
 *                  limits (so that a report can say whose record it is)
 * @param unitId    the record's {@code unitId} as written, or an empty string when it has none or one over the
 *                  reader's limits (so that a report can send the record back to its unit)
 * @param errors    every problem found, never empty
 */
public record RejectedOfficer(int index, String officerId, String name, String unitId, List<FieldError> errors) {

    /**
     * @throws NullPointerException     when a component is null
     * @throws IllegalArgumentException when there is no error
     */
    public RejectedOfficer {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitId, "unitId");
        errors = List.copyOf(errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a rejected officer needs at least one error");
        }
    }

    /**
     * A record whose name and unit are not known.
     *
     * @param index     position of the record in the input's {@code officers} array (0-based)
     * @param officerId the record's {@code id}, or an empty string when it has none
     * @param errors    every problem found, never empty
     */
    public RejectedOfficer(int index, String officerId, List<FieldError> errors) {
        this(index, officerId, "", "", errors);
    }
}
