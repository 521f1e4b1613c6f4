package org.chuanmuc.assess.internal;

import java.util.List;
import org.chuanmuc.assess.RuleSetInfo;
import org.kie.api.KieBase;

/**
 * A compiled, guarded rule set. The KieBase is thread-safe for creating sessions.
 *
 * @param kieBase   the compiled rules
 * @param info      name, version and hash of the sources
 * @param drl       the DRL each source became (for tools that show expanded rules)
 * @param ruleNames the names of all rules
 */
public record CompiledRules(KieBase kieBase, RuleSetInfo info, List<DrlText> drl, List<String> ruleNames) {
}
