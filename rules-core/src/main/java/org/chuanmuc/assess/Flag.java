package org.chuanmuc.assess;

import java.util.Objects;

/**
 * A review flag or a data warning on an assessment.
 *
 * @param code    stable code
 * @param message Vietnamese explanation
 * @param rule    the rule that raised it
 */
public record Flag(String code, String message, String rule) {

    /** @throws NullPointerException when a component is null */
    public Flag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
    }
}
