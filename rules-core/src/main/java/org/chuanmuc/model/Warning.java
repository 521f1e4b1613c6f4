package org.chuanmuc.model;

import java.util.Objects;

/**
 * Result fact: something odd in the data that did not stop the assessment (e.g. a history entry for a
 * future year).
 *
 * @param officerId the officer
 * @param code      stable warning code
 * @param message   Vietnamese explanation
 */
public record Warning(String officerId, String code, String message) {

    /** @throws NullPointerException when a component is null */
    public Warning {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
