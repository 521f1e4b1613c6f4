package org.chuanmuc.assess.internal;

import java.util.List;
import java.util.Set;
import org.chuanmuc.assess.RuleSetInfo;
import org.kie.api.KieBase;

/**
 * A compiled, guarded rule set. The KieBase is thread-safe for creating sessions.
 *
 * @param kieBase    the compiled rules
 * @param info       name, version and hash of the sources
 * @param drl        the DRL each source became (for tools that show expanded rules)
 * @param ruleNames  the names of all rules
 * @param localRules the rules that came from local folders, as {@link #ruleKey} keys
 */
public record CompiledRules(KieBase kieBase, RuleSetInfo info, List<DrlText> drl, List<String> ruleNames,
                            Set<String> localRules) {

    /** @return the key of a rule: package and name (two rules of different packages may share a name) */
    public static String ruleKey(String packageName, String ruleName) {
        return packageName + "\u0000" + ruleName;
    }

    /** @return whether the rule came from a local folder */
    public boolean local(String packageName, String ruleName) {
        return localRules.contains(ruleKey(packageName, ruleName));
    }
}
