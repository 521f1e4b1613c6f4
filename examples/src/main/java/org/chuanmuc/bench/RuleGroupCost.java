package org.chuanmuc.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.chuanmuc.assess.Assessor;
import org.chuanmuc.assess.RuleBundle;
import org.chuanmuc.assess.RuleSource;
import org.chuanmuc.criteria.StandardCriteria;
import org.chuanmuc.model.Dossier;

/**
 * What a group of the standard rules costs: two rule bases in one JVM, the standard criteria and a copy without
 * the rules whose names start with the given prefixes (DRL and DSLR files; the decision tables stay whole), assess
 * the same generated dossiers unit by unit, the order alternating, and the ratio of their thread CPU times is
 * printed. A rule taken out no longer fires, so the figure is the whole cost of those rules and of what they write,
 * not what a rewrite could save. Both sides are built the same way, from copies of the bundle; with no prefix the two
 * are identical, which shows the harness's own bias (1.005× and 1.01× in round 14's runs).
 *
 * <pre>java -cp examples/target/chuanmuc-cli.jar org.chuanmuc.bench.RuleGroupCost YEAR ROUNDS [PREFIX …]</pre>
 *
 * <p>For example {@code RuleGroupCost 2026 5 LS-KHT2} (the prefix is the start of a rule's name, e.g. its code).
 * docs/performance.md, round 14, has a table of what each group costs.
 */
public final class RuleGroupCost {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int OFFICERS = 20_000;
    private static final int UNITS = 200;
    private static final int WARM_UP = 3;

    private RuleGroupCost() {
    }

    /** @param args the year, the number of timed rounds, then the prefixes of the rule names to take out */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length < 2) {
            out.println("usage: RuleGroupCost YEAR ROUNDS [PREFIX …]");
            return;
        }
        int year = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<String> prefixes = Arrays.asList(args).subList(2, args.length);
        List<List<Dossier>> units = RulesVsJavaBenchmark.dossiers(OFFICERS, UNITS, year);
        RuleBundle standard = StandardCriteria.rules();
        Assessor all = Assessor.builder().rules(without(standard, List.of())).build();
        Assessor fewer = Assessor.builder().rules(without(standard, prefixes)).build();
        out.printf(Locale.ROOT, "%d rules against %d%n", all.ruleNames().size(), fewer.ruleNames().size());
        for (int i = 0; i < WARM_UP; i++) {
            time(all, fewer, units, i);
        }
        double[] ratios = new double[rounds];
        double allMicros = 0;
        double fewerMicros = 0;
        for (int r = 0; r < rounds; r++) {
            long[] spent = time(all, fewer, units, r);
            ratios[r] = (double) spent[0] / spent[1];
            allMicros += spent[0] / 1e3 / OFFICERS / rounds;
            fewerMicros += spent[1] / 1e3 / OFFICERS / rounds;
        }
        Arrays.sort(ratios);
        out.printf(Locale.ROOT, "%d, without %s: %.2f µs per officer with them, %.2f µs without, %.3f× (%.3f–%.3f)"
                + " (median of %d rounds, thread CPU)%n", year, prefixes, allMicros, fewerMicros, ratios[rounds / 2],
                ratios[0], ratios[rounds - 1], rounds);
    }

    /** @return thread CPU nanoseconds of both sides over every unit, taking turns unit by unit */
    private static long[] time(Assessor all, Assessor fewer, List<List<Dossier>> units, int round) {
        long[] spent = new long[2];
        for (int u = 0; u < units.size(); u++) {
            boolean allFirst = (u + round) % 2 == 0;
            spent[allFirst ? 0 : 1] += cpu(allFirst ? all : fewer, units.get(u));
            spent[allFirst ? 1 : 0] += cpu(allFirst ? fewer : all, units.get(u));
        }
        return spent;
    }

    private static long cpu(Assessor assessor, List<Dossier> unit) {
        long start = THREADS.getCurrentThreadCpuTime();
        assessor.assessAll(unit);
        return THREADS.getCurrentThreadCpuTime() - start;
    }

    /** @return the bundle with every rule whose name starts with one of the prefixes cut out of its text files */
    static RuleBundle without(RuleBundle bundle, List<String> prefixes) {
        List<RuleSource> sources = new ArrayList<>();
        for (RuleSource s : bundle.sources()) {
            if (s.kind() != RuleSource.Kind.DRL && s.kind() != RuleSource.Kind.DSLR) {
                sources.add(s);
                continue;
            }
            String text = new String(s.content(), StandardCharsets.UTF_8);
            for (String prefix : prefixes) {
                for (int at = text.indexOf("rule \"" + prefix); at >= 0; at = text.indexOf("rule \"" + prefix)) {
                    int end = text.indexOf("\nend", at);
                    text = text.substring(0, at) + text.substring(end + "\nend".length());
                }
            }
            sources.add(new RuleSource(s.name(), s.kind(), text.getBytes(StandardCharsets.UTF_8)));
        }
        return new RuleBundle(bundle.name(), bundle.version() + "-without", sources, bundle.criteria());
    }
}
