package org.chuanmuc.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the criteria catalogue, inserted as a fact into every session so that rules can join
 * on it (e.g. the generic sign rule keyed by severity).
 *
 * @param code     stable code, e.g. {@code NQ4-DD-03}
 * @param group    the group it belongs to, e.g. {@code NQ4-DD}
 * @param label    short Vietnamese label
 * @param citation the legal source
 * @param severity the default severity for signs; empty for other criteria
 */
public record Criterion(String code, String group, String label, String citation, Optional<Severity> severity) {

    /** @throws NullPointerException when a component is null */
    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(severity, "severity");
    }

    /** @return the severity, or {@code null} when none (for rule conditions; prefer {@link #severity()}) */
    public Severity severityOrNull() {
        return severity.orElse(null);
    }

    /** @return the severity's code, or an empty string when none (for rule conditions and tables) */
    public String severityName() {
        return severity.map(Enum::name).orElse("");
    }

    /** @return the severity's Vietnamese label, or an empty string when none */
    public String severityLabel() {
        return severity.map(Severity::label).orElse("");
    }
}
