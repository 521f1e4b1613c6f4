package org.chuanmuc.bench;

import java.util.Locale;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.criteria.StandardCriteria;

/**
 * Cold-start cost of the standard criteria: reading, guarding and compiling them into a rule base, measured in a
 * fresh JVM (run it as its own process; a warm JVM would hide class loading and JIT).
 *
 * <pre>java -cp examples/target/chuanmuc-cli.jar org.chuanmuc.bench.RuleBaseBuild</pre>
 *
 * <p>Prints one line: the milliseconds the first {@code build()} took, then those of a second build in the same
 * JVM (what a hot reload costs).
 */
public final class RuleBaseBuild {
    private RuleBaseBuild() {
    }

    /** @param args none */
    public static void main(String[] args) {
        long start = System.nanoTime();
        Assessor first = Assessor.builder().rules(StandardCriteria.rules()).build();
        double cold = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        Assessor second = Assessor.builder().rules(StandardCriteria.rules()).build();
        double warm = (System.nanoTime() - start) / 1e6;
        if (first.ruleNames().size() != second.ruleNames().size()) {
            throw new AssertionError("two builds of the same rules differ");
        }
        System.out.printf(Locale.ROOT, "build %.0f ms cold, %.0f ms second, %d rules%n", cold, warm,
                first.ruleNames().size());
    }
}
