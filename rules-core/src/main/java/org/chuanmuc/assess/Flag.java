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
    /**
     * The flag by which the standard criteria mark an officer who is not rated this year (fewer months worked than
     * the minimum): the proposed rating is kept for information only and counts in no level.
     */
    public static final String NOT_RATED = "KHONG-XEP-LOAI";

    /** @throws NullPointerException when a component is null */
    public Flag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
    }
}
