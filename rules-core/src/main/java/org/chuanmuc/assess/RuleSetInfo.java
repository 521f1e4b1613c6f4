package org.chuanmuc.assess;

import java.util.Objects;

/**
 * Identifies the exact rules behind an assessment (the audit trail).
 *
 * @param name    the rule set's name
 * @param version the rule set's version
 * @param sha256  hex SHA-256 over every source's name and bytes, in a fixed order
 */
public record RuleSetInfo(String name, String version, String sha256) {

    /** @throws NullPointerException when a component is null */
    public RuleSetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
    }
}
