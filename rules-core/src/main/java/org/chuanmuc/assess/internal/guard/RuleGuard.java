package org.chuanmuc.assess.internal.guard;

import java.util.List;
import org.chuanmuc.assess.Diagnostic;

/**
 * Checks DRL text, before it is compiled, for constructs a rule file must not use. Placeholder until the
 * full guard lands: it accepts everything.
 */
public final class RuleGuard {

    private RuleGuard() {
    }

    /**
     * @param sourceName the name reported in diagnostics
     * @param drl        DRL text (DSLR already expanded, decision tables already converted)
     * @return every rejection; empty when the text is acceptable
     */
    public static List<Diagnostic> check(String sourceName, String drl) {
        return List.of();
    }
}
