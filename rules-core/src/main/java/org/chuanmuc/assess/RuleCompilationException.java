package org.chuanmuc.assess;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule sources did not compile or did not pass the rule guard. Carries every problem found, not only
 * the first.
 */
public final class RuleCompilationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    /** @param diagnostics every problem found; must not be empty */
    public RuleCompilationException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** @return every problem, in source order */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summary(List<Diagnostic> diagnostics) {
        return diagnostics.size() + " lỗi trong tệp quy tắc (rule errors):\n"
                + diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }
}
